// A button at the desk's density (wealth manager's desk, branch head's console, their dialogs): the
// tablet's ActionButton, smaller. Secondary (outlined) unless `highlighted` or `checked` (filled: the thing to do
// next, or the choice that is on) or given a kind: "primary", "secondary", "danger", "quiet".
import QtQuick

ActionButton {
    dense: true
    primary: highlighted || checked
}
