// A page made the first time it is shown, then kept: a tablet starts with the sign-in screen only,
// and a page made once keeps what was typed on it while another is shown.
import QtQuick
import QtQuick.Layouts

Loader {
    id: loader
    active: false
    StackLayout.onIsCurrentItemChanged: if (StackLayout.isCurrentItem) loader.active = true
    Component.onCompleted: if (StackLayout.isCurrentItem) loader.active = true
}
