// The branch head's referral standards on a desk PC: what is in force and every version before and
// after it; a draft (thresholds, six-month flow, product kinds, branch rules) with each refusal under
// its field; and, always in sight above, when the draft takes effect, its preview and Save.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    objectName: "standardsPage"
    required property QtObject standards
    readonly property bool narrow: width < 1200 * Theme.scale  // the text grows: two columns need more room

    Rectangle { anchors.fill: parent; color: Theme.page }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 10

        // Saving: above the scrolled editor, so the outcome of Save is never out of sight.
        BranchPanel {
            objectName: "savePanel"
            title: qsTr("New version of the standards")
            subtitle: page.standards.draftBaseText
            Layout.fillWidth: true

            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Label {
                    text: qsTr("Takes effect")
                    font.pixelSize: Theme.deskBody
                }
                DeskTextField {
                    objectName: "effectiveFrom"
                    Accessible.name: qsTr("Takes effect")
                    text: page.standards.effectiveText
                    placeholderText: qsTr("Now, when saved")
                    font.pixelSize: Theme.deskBody
                    Layout.preferredWidth: Math.round(170 * Theme.scale)
                    onTextEdited: page.standards.setEffectiveFrom(text)
                }
                DeskButton {
                    objectName: "effectiveNow"
                    text: qsTr("Now")
                    font.pixelSize: Theme.deskBody
                    highlighted: page.standards.effectiveText === ""
                    onClicked: page.standards.effectiveNow()
                }
                DeskButton {
                    objectName: "effectiveTomorrow"
                    text: qsTr("Tomorrow 08:00")
                    font.pixelSize: Theme.deskBody
                    highlighted: page.standards.effectiveText === page.standards.tomorrowText
                    onClicked: page.standards.effectiveTomorrow()
                }
                Label {
                    text: qsTr("Note")
                    font.pixelSize: Theme.deskBody
                    Layout.leftMargin: 12
                }
                DeskTextField {
                    objectName: "standardsNote"
                    Accessible.name: placeholderText
                    text: page.standards.note
                    placeholderText: qsTr("Why the change, for the team")
                    font.pixelSize: Theme.deskBody
                    Layout.fillWidth: true
                    onTextEdited: page.standards.setNote(text)
                }
            }
            Label {
                objectName: "scheduleWarning"
                visible: text.length > 0
                text: page.standards.scheduleWarning
                font.pixelSize: Theme.deskBody
                font.bold: true
                color: Theme.pending
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            FieldError {
                objectName: "error_effective_from"
                text: page.standards.errors["effective_from"] || ""
                font.pixelSize: Theme.deskSmall
                Layout.fillWidth: true
            }
            FieldError {
                objectName: "error_note"
                text: page.standards.errors["note"] || ""
                font.pixelSize: Theme.deskSmall
                Layout.fillWidth: true
            }
            Label {
                objectName: "draftSummary"
                text: page.standards.draftSummary
                font.pixelSize: Theme.deskBody
                color: page.standards.dirty ? Theme.text : Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                DeskButton {
                    objectName: "previewStandards"
                    text: qsTr("Preview on the last 7 days")
                    font.pixelSize: Theme.deskBody
                    onClicked: page.standards.preview()
                }
                DeskButton {
                    objectName: "saveStandards"
                    text: qsTr("Save as a new version")
                    font.pixelSize: Theme.deskBody
                    highlighted: true
                    enabled: page.standards.dirty
                    onClicked: page.standards.save()
                }
                DeskButton {
                    objectName: "discardDraft"
                    text: qsTr("Discard changes")
                    font.pixelSize: Theme.deskBody
                    enabled: page.standards.dirty
                    onClicked: page.standards.discard()
                }
                Label {
                    objectName: "standardsStatus"
                    text: page.standards.statusText
                    font.pixelSize: Theme.deskBody
                    font.bold: true
                    color: page.standards.statusOk ? Theme.eligible : Theme.error
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            Label {
                objectName: "previewText"
                visible: text.length > 0
                text: page.standards.previewText
                font.pixelSize: Theme.deskBody
                font.bold: true
                color: Theme.primary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "previewDetail"
                visible: text.length > 0
                text: page.standards.previewDetail
                font.pixelSize: Theme.deskSmall
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        ScrollView {
            id: scroll
            clip: true  // what scrolls past the page's edge stays under the status bar, not drawn over it
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth

            GridLayout {
                width: scroll.availableWidth
                columns: page.narrow ? 1 : 2
                columnSpacing: 10
                rowSpacing: 10

                ColumnLayout {
                    spacing: 10
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    Layout.alignment: Qt.AlignTop

                    BranchPanel {
                        objectName: "thresholdsPanel"
                        title: qsTr("Amount thresholds")
                        subtitle: qsTr("Eligible from the amount itself: 5万 means 50,000 or more")
                        Layout.fillWidth: true

                        SectionLabel {
                            text: qsTr("One deposit, withdrawal, transfer or remittance in this visit")
                            font.pixelSize: Theme.deskSmall
                        }
                        Repeater {
                            model: page.standards.thresholds
                            ColumnLayout {
                                id: thresholdRow
                                required property string purpose
                                required property string label
                                required property string text
                                required property string display
                                required property string was
                                required property string error
                                spacing: 2
                                Layout.fillWidth: true
                                RowLayout {
                                    spacing: 8
                                    Label {
                                        text: thresholdRow.label
                                        font.pixelSize: Theme.deskBody
                                        Layout.preferredWidth: Math.round(110 * Theme.scale)
                                    }
                                    DeskTextField {
                                        objectName: "threshold_" + thresholdRow.purpose
                                        Accessible.name: thresholdRow.label
                                        text: thresholdRow.text
                                        horizontalAlignment: Text.AlignRight
                                        font.pixelSize: Theme.deskBody
                                        Layout.preferredWidth: Math.round(120 * Theme.scale)
                                        onTextEdited: page.standards.setThreshold(thresholdRow.purpose, text)
                                    }
                                    Label {
                                        text: thresholdRow.display
                                        font.pixelSize: Theme.deskBody
                                        color: Theme.muted
                                        Layout.preferredWidth: Math.round(150 * Theme.scale)
                                    }
                                    Label {
                                        text: thresholdRow.was
                                        font.pixelSize: Theme.deskSmall
                                        font.bold: true
                                        color: Theme.pending
                                    }
                                }
                                FieldError {
                                    objectName: "error_threshold_" + thresholdRow.purpose
                                    text: thresholdRow.error
                                    font.pixelSize: Theme.deskSmall
                                    Layout.fillWidth: true
                                    Layout.leftMargin: 118
                                }
                            }
                        }

                        SectionLabel {
                            text: qsTr("Transaction flow over the last six months")
                            font.pixelSize: Theme.deskSmall
                            Layout.topMargin: 6
                        }
                        RowLayout {
                            spacing: 8
                            Label {
                                text: qsTr("Six-month flow")
                                font.pixelSize: Theme.deskBody
                                Layout.preferredWidth: Math.round(110 * Theme.scale)
                            }
                            DeskTextField {
                                objectName: "highFlow"
                                Accessible.name: qsTr("Six-month flow")
                                text: page.standards.highFlowText
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: Theme.deskBody
                                Layout.preferredWidth: Math.round(120 * Theme.scale)
                                onTextEdited: page.standards.setHighFlow(text)
                            }
                            Label {
                                text: page.standards.highFlowDisplay
                                font.pixelSize: Theme.deskBody
                                color: Theme.muted
                                Layout.preferredWidth: Math.round(150 * Theme.scale)
                            }
                            Label {
                                text: page.standards.highFlowWas
                                font.pixelSize: Theme.deskSmall
                                font.bold: true
                                color: Theme.pending
                            }
                        }
                        FieldError {
                            objectName: "error_high_flow_fen"
                            text: page.standards.errors["high_flow_fen"] || ""
                            font.pixelSize: Theme.deskSmall
                            Layout.fillWidth: true
                            Layout.leftMargin: 118
                        }
                    }

                    BranchPanel {
                        objectName: "productsPanel"
                        title: qsTr("Products")
                        Layout.fillWidth: true

                        Label {
                            text: qsTr("Featured: interest alone meets the standard. Simple: never a reason to refer on its own. Other: counts only through a branch rule.") + " " + qsTr("Credit weight: the part of a sale that counts as performance when the credit is split (100% unless the branch says otherwise).")
                            font.pixelSize: Theme.deskSmall
                            color: Theme.muted
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        GridLayout {
                            columns: page.width < 1500 * Theme.scale ? 1 : 2  // a name, its kind and its credit weight each
                            columnSpacing: 24
                            rowSpacing: 4
                            Layout.fillWidth: true
                            Repeater {
                                model: page.standards.products
                                ColumnLayout {
                                    id: productRow
                                    required property string code
                                    required property string name
                                    required property int kindIndex
                                    required property bool fixed
                                    required property string was
                                    required property string error
                                    required property string creditText
                                    required property string creditWas
                                    required property string creditError
                                    spacing: 2
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    RowLayout {
                                        spacing: 8
                                        Label {
                                            text: productRow.name
                                            font.pixelSize: Theme.deskBody
                                            elide: Text.ElideRight
                                            Layout.fillWidth: true
                                            Layout.minimumWidth: Math.round(64 * Theme.scale)
                                        }
                                        DeskComboBox {
                                            objectName: "productKind_" + productRow.code
                                            Accessible.name: productRow.name
                                            model: page.standards.kindChoices
                                            textRole: "name"
                                            valueRole: "code"
                                            currentIndex: productRow.kindIndex
                                            enabled: !productRow.fixed  // 网银, 手机银行, 短信通知 stay simple
                                            font.pixelSize: Theme.deskBody
                                            Layout.preferredWidth: Math.round(120 * Theme.scale)
                                            onActivated: page.standards.setProductKind(productRow.code, currentValue)
                                        }
                                        // The part of a sale that counts as performance (the credit value).
                                        Label {
                                            text: qsTr("Credit weight")
                                            font.pixelSize: Theme.deskSmall
                                            color: Theme.muted
                                        }
                                        DeskTextField {
                                            objectName: "productCredit_" + productRow.code
                                            Accessible.name: productRow.name + " · " + qsTr("Credit weight")
                                            text: productRow.creditText
                                            inputMethodHints: Qt.ImhDigitsOnly
                                            horizontalAlignment: Text.AlignRight
                                            maximumLength: 4
                                            font.pixelSize: Theme.deskBody
                                            Layout.preferredWidth: Math.round(52 * Theme.scale)
                                            onTextEdited: page.standards.setProductCredit(productRow.code, text)
                                        }
                                        Label { text: "%"; font.pixelSize: Theme.deskBody }
                                    }
                                    // What the draft changed: the kind and the weight as they were.
                                    Label {
                                        visible: text.length > 0
                                        text: [productRow.was, productRow.creditWas].filter(s => s.length > 0).join(" · ")
                                        font.pixelSize: Theme.deskSmall
                                        font.bold: true
                                        color: Theme.pending
                                        Layout.fillWidth: true
                                    }
                                    FieldError {
                                        text: productRow.error
                                        font.pixelSize: Theme.deskSmall
                                        Layout.fillWidth: true
                                    }
                                    FieldError {
                                        objectName: "productCreditError_" + productRow.code
                                        text: productRow.creditError
                                        font.pixelSize: Theme.deskSmall
                                        Layout.fillWidth: true
                                    }
                                }
                            }
                        }
                    }

                    BranchPanel {
                        objectName: "rulesPanel"
                        title: qsTr("Branch rules")
                        subtitle: qsTr("A customer is also eligible when any of these holds")
                        Layout.fillWidth: true

                        Label {
                            visible: page.standards.rules.count === 0
                            text: qsTr("No branch rules: the three standard rules above decide.")
                            font.pixelSize: Theme.deskBody
                            color: Theme.muted
                        }
                        Repeater {
                            objectName: "standardsRules"
                            model: page.standards.rules
                            ColumnLayout {
                                id: ruleRow
                                required property int index
                                required property string key
                                required property string labelZh
                                required property string labelEn
                                required property string field
                                required property int fieldIndex
                                required property int opIndex
                                required property string valueKind
                                required property string valueText
                                required property int valueIndex
                                required property string error
                                spacing: 4
                                Layout.fillWidth: true

                                Rectangle {
                                    visible: ruleRow.index > 0
                                    color: Theme.line
                                    implicitHeight: 1
                                    Layout.fillWidth: true
                                }
                                RowLayout {
                                    spacing: 8
                                    Layout.fillWidth: true
                                    Label {
                                        text: qsTr("Rule %1: when").arg(ruleRow.index + 1)
                                        font.pixelSize: Theme.deskBody
                                        font.bold: true
                                    }
                                    DeskComboBox {
                                        objectName: "ruleField_" + ruleRow.index
                                        model: page.standards.fieldChoices
                                        textRole: "name"
                                        valueRole: "code"
                                        currentIndex: ruleRow.fieldIndex
                                        font.pixelSize: Theme.deskBody
                                        Layout.preferredWidth: Math.round(180 * Theme.scale)
                                        onActivated: page.standards.setRuleField(ruleRow.key, currentValue)
                                    }
                                    DeskComboBox {
                                        objectName: "ruleOp_" + ruleRow.index
                                        model: page.standards.opChoices[ruleRow.field] || []
                                        textRole: "name"
                                        valueRole: "code"
                                        currentIndex: ruleRow.opIndex
                                        enabled: count > 1
                                        font.pixelSize: Theme.deskBody
                                        Layout.preferredWidth: Math.round(120 * Theme.scale)
                                        onActivated: page.standards.setRuleOp(ruleRow.key, currentValue)
                                    }
                                    DeskTextField {
                                        objectName: "ruleValue_" + ruleRow.index
                                        Accessible.name: placeholderText
                                        visible: ruleRow.valueKind === "amount"
                                        text: ruleRow.valueText
                                        placeholderText: qsTr("e.g. 20万")
                                        horizontalAlignment: Text.AlignRight
                                        font.pixelSize: Theme.deskBody
                                        Layout.preferredWidth: Math.round(130 * Theme.scale)
                                        onTextEdited: page.standards.setRuleValue(ruleRow.key, text)
                                    }
                                    DeskComboBox {
                                        objectName: "ruleChoice_" + ruleRow.index
                                        visible: ruleRow.valueKind !== "amount"
                                        model: page.standards.valueChoices[ruleRow.valueKind] || []
                                        textRole: "name"
                                        valueRole: "code"
                                        currentIndex: ruleRow.valueIndex
                                        font.pixelSize: Theme.deskBody
                                        Layout.preferredWidth: Math.round(220 * Theme.scale)
                                        onActivated: page.standards.setRuleValue(ruleRow.key, currentValue)
                                    }
                                    Item { Layout.fillWidth: true }
                                    DeskButton {
                                        objectName: "removeRule_" + ruleRow.index
                                        kind: "danger"
                                        text: qsTr("Remove")
                                        font.pixelSize: Theme.deskBody
                                        onClicked: page.standards.removeRule(ruleRow.key)
                                    }
                                }
                                RowLayout {
                                    spacing: 8
                                    Layout.fillWidth: true
                                    Label {
                                        text: qsTr("Shown as")
                                        font.pixelSize: Theme.deskBody
                                    }
                                    DeskTextField {
                                        objectName: "ruleLabelZh_" + ruleRow.index
                                        Accessible.name: placeholderText
                                        text: ruleRow.labelZh
                                        placeholderText: qsTr("Name in Chinese")
                                        font.pixelSize: Theme.deskBody
                                        Layout.fillWidth: true
                                        onTextEdited: page.standards.setRuleLabelZh(ruleRow.key, text)
                                    }
                                    DeskTextField {
                                        objectName: "ruleLabelEn_" + ruleRow.index
                                        Accessible.name: placeholderText
                                        text: ruleRow.labelEn
                                        placeholderText: qsTr("Name in English")
                                        font.pixelSize: Theme.deskBody
                                        Layout.fillWidth: true
                                        onTextEdited: page.standards.setRuleLabelEn(ruleRow.key, text)
                                    }
                                }
                                FieldError {
                                    objectName: "ruleError_" + ruleRow.index
                                    text: ruleRow.error
                                    font.pixelSize: Theme.deskSmall
                                    Layout.fillWidth: true
                                }
                            }
                        }
                        DeskButton {
                            objectName: "addRule"
                            text: qsTr("Add a rule")
                            font.pixelSize: Theme.deskBody
                            onClicked: page.standards.addRule()
                        }
                    }
                }

                BranchPanel {
                    objectName: "versionsPanel"
                    title: qsTr("Versions")
                    subtitle: qsTr("%1 saved").arg(page.standards.versionCount)
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    Layout.alignment: Qt.AlignTop

                    Label {
                        objectName: "inForceText"
                        text: page.standards.inForceText
                        font.pixelSize: Theme.deskBody
                        font.bold: true
                        color: Theme.eligible
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "scheduledText"
                        visible: text.length > 0
                        text: page.standards.scheduledText
                        font.pixelSize: Theme.deskBody
                        font.bold: true
                        color: Theme.pending
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        objectName: "standardsVersions"
                        model: page.standards.versions
                        ColumnLayout {
                            id: versionRow
                            required property int version
                            required property string title
                            required property string effectiveText
                            required property string byText
                            required property string note
                            required property string summary
                            required property string statusText
                            required property bool inForce
                            required property bool scheduled
                            spacing: 2
                            Layout.fillWidth: true
                            Layout.topMargin: 6

                            Rectangle { color: Theme.line; implicitHeight: 1; Layout.fillWidth: true }
                            RowLayout {
                                spacing: 8
                                Layout.fillWidth: true
                                Label {
                                    text: versionRow.title
                                    font.pixelSize: Theme.deskBody
                                    font.bold: true
                                }
                                Rectangle {
                                    visible: versionRow.statusText.length > 0
                                    radius: Theme.smallRadius
                                    color: versionRow.inForce ? Theme.eligibleLight : Theme.urgentLight
                                    implicitWidth: statusLabel.implicitWidth + 12
                                    implicitHeight: statusLabel.implicitHeight + 4
                                    Label {
                                        id: statusLabel
                                        anchors.centerIn: parent
                                        text: versionRow.statusText
                                        font.pixelSize: Theme.deskSmall
                                        font.bold: true
                                        color: versionRow.inForce ? Theme.eligible : Theme.pending
                                    }
                                }
                                Label {
                                    text: versionRow.effectiveText
                                    font.pixelSize: Theme.deskBody
                                    color: Theme.text
                                }
                                Item { Layout.fillWidth: true }
                                DeskButton {
                                    objectName: "startFrom_" + versionRow.version
                                    visible: versionRow.version !== page.standards.draftVersion || page.standards.dirty
                                    text: qsTr("Edit from this")
                                    font.pixelSize: Theme.deskSmall
                                    kind: "quiet"
                                    onClicked: page.standards.startFrom(versionRow.version)
                                }
                            }
                            Label {
                                text: versionRow.summary
                                font.pixelSize: Theme.deskBody
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: versionRow.note.length > 0
                                text: "“" + versionRow.note + "”"
                                font.pixelSize: Theme.deskBody
                                font.italic: true
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: versionRow.byText
                                font.pixelSize: Theme.deskSmall
                                color: Theme.muted
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
        }
    }
}
