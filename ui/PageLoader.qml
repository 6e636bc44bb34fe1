// A page made the first time it is shown, then kept: a tablet starts with the sign-in screen only,
// and a page made once keeps what was typed on it while another is shown.
import QtQuick

Loader {
    property bool made: false
    active: made || visible
    onLoaded: made = true
}
