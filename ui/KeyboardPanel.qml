// Qt Virtual Keyboard for tablets without a keyboard: pinyin for Chinese, English beside it.
// Loaded only when switched on (setting or --virtual-keyboard), so desks never load the plugin.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

InputPanel {
    id: panel
    objectName: "keyboardPanel"
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US"]
        VirtualKeyboardSettings.locale = "zh_CN"
    }
}
