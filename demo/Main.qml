// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The CRUD demo: users with their group, searched, created, edited and deleted. Every list is
// an InstanceListModel: it pages as the view scrolls and follows every change made through the
// models (here, or by any other code of the process) row by row.
// Keys: Up/Down choose a user, Delete removes the chosen one, Ctrl+F searches, Ctrl+N adds.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtSequelize

ApplicationWindow {
    id: window
    width: 900
    height: 560
    visible: true
    title: qsTr("QtSequelize demo: users")

    // Set by the application (QQmlApplicationEngine::setInitialProperties()).
    required property Sequelize sequelize

    // The chosen user's row values (a map of its attributes), or an empty map.
    property var chosen: {
        void window.revision // read again when a row's values change
        return list.currentIndex >= 0 && list.currentIndex < users.count
               ? users.get(list.currentIndex) : ({})
    }
    property int revision
    readonly property bool hasChosen: chosen.id !== undefined
    property string lastError

    InstanceListModel {
        id: groups
        sequelize: window.sequelize
        model: "UserGroup"
        order: ["name"]
    }

    InstanceListModel {
        id: users
        sequelize: window.sequelize
        model: "User"
        order: ["username"]
        pageSize: 30
        asynchronous: true // pages are read on the pool: the window never waits for them
        where: search.text.length > 0 ? ({ username: { like: "%" + search.text + "%" } }) : ({})
        onErrorOccurred: message => window.lastError = message
        onDataChanged: window.revision++
    }

    // The other members of the chosen user's group: the detail pane's related rows.
    InstanceListModel {
        id: groupmates
        sequelize: window.sequelize
        model: "User"
        order: ["username"]
        where: window.hasChosen ? ({ groupId: window.chosen.groupId ?? -1,
                                     id: { ne: window.chosen.id } }) : ({ id: -1 })
    }

    function groupName(id) {
        if (groups.count === 0) // also makes the bindings that call this follow the groups
            return "—"
        const row = groups.indexOf(id)
        return row < 0 ? "—" : groups.get(row).name
    }

    function addUser() {
        window.lastError = ""
        const row = users.create({ username: newUsername.text, firstName: newFirstName.text,
                                   lastName: newLastName.text, groupId: newGroup.currentValue })
        if (users.errorString.length === 0) {
            newUsername.clear()
            newFirstName.clear()
            newLastName.clear()
            if (row >= 0)
                list.currentIndex = row
        }
    }

    Shortcut {
        sequence: "Ctrl+F"
        onActivated: search.forceActiveFocus()
    }
    Shortcut {
        sequence: "Ctrl+N"
        onActivated: newUsername.forceActiveFocus()
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Label {
                text: qsTr("Users")
                font.bold: true
            }
            TextField {
                id: search
                placeholderText: qsTr("Search usernames (Ctrl+F)")
                Layout.fillWidth: true
                Keys.onDownPressed: list.forceActiveFocus()
            }
            Label {
                text: users.loading ? qsTr("loading…") : qsTr("%1 shown").arg(users.count)
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true

            RowLayout { // a new user
                TextField {
                    id: newUsername
                    Layout.preferredWidth: 120
                    placeholderText: qsTr("username")
                    onAccepted: window.addUser()
                }
                TextField {
                    id: newFirstName
                    Layout.preferredWidth: 120
                    placeholderText: qsTr("first name")
                    onAccepted: window.addUser()
                }
                TextField {
                    id: newLastName
                    Layout.preferredWidth: 120
                    placeholderText: qsTr("last name")
                    onAccepted: window.addUser()
                }
                ComboBox {
                    id: newGroup
                    Layout.fillWidth: true
                    model: groups
                    textRole: "name"
                    valueRole: "id"
                    currentIndex: count > 0 ? 0 : -1
                }
                Button {
                    text: qsTr("Add")
                    onClicked: window.addUser()
                }
            }

            Label { // the error state: what the last call refused, in words
                text: window.lastError
                color: "firebrick"
                visible: text.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }

            Pane { // column headers
                Layout.fillWidth: true
                padding: 4
                background: Rectangle {
                    color: window.palette.mid
                }
                RowLayout {
                    anchors.fill: parent
                    Label {
                        text: qsTr("Username")
                        font.bold: true
                        Layout.preferredWidth: 120
                    }
                    Label {
                        text: qsTr("First name")
                        font.bold: true
                        Layout.preferredWidth: 120
                    }
                    Label {
                        text: qsTr("Last name")
                        font.bold: true
                        Layout.preferredWidth: 120
                    }
                    Label {
                        text: qsTr("Group")
                        font.bold: true
                        Layout.fillWidth: true
                    }
                }
            }

            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                model: users
                currentIndex: 0
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                highlight: Rectangle {
                    color: "#3d8fd1"
                    opacity: 0.35
                }
                Keys.onDeletePressed: if (window.hasChosen) users.remove(list.currentIndex)
                ScrollBar.vertical: ScrollBar {}

                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property var username
                    required property var firstName
                    required property var lastName
                    required property var groupId
                    width: ListView.view.width
                    padding: 4
                    onClicked: {
                        row.ListView.view.currentIndex = row.index
                        row.ListView.view.forceActiveFocus()
                    }
                    contentItem: RowLayout {
                        Label {
                            text: row.username
                            Layout.preferredWidth: 120
                            elide: Text.ElideRight
                        }
                        Label {
                            text: row.firstName ?? ""
                            Layout.preferredWidth: 120
                            elide: Text.ElideRight
                        }
                        Label {
                            text: row.lastName ?? ""
                            Layout.preferredWidth: 120
                            elide: Text.ElideRight
                        }
                        Label {
                            // An id of this file from inside a delegate: Qt 6.5's
                            // `pragma ComponentBehavior: Bound` lets qmllint check it; 6.4 cannot.
                            text: window.groupName(row.groupId) // qmllint disable unqualified
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                    }
                }

                Label { // the empty state
                    anchors.centerIn: parent
                    visible: users.count === 0 && !users.loading
                    text: search.text.length > 0 ? qsTr("No username contains “%1”.").arg(search.text)
                                                 : qsTr("No users yet: add one above.")
                    color: window.palette.mid
                }
            }
        }

        Frame { // the detail pane
            Layout.preferredWidth: 280
            Layout.fillHeight: true

            ColumnLayout {
                anchors.fill: parent
                visible: window.hasChosen

                Label {
                    text: window.chosen.username ?? ""
                    font.pixelSize: 20
                    font.bold: true
                }
                TextField {
                    id: editFirstName
                    Layout.fillWidth: true
                    placeholderText: qsTr("first name")
                    text: window.chosen.firstName ?? ""
                    onEditingFinished: if (text !== (window.chosen.firstName ?? ""))
                                           users.setValue(list.currentIndex, "firstName", text)
                }
                TextField {
                    id: editLastName
                    Layout.fillWidth: true
                    placeholderText: qsTr("last name")
                    text: window.chosen.lastName ?? ""
                    onEditingFinished: if (text !== (window.chosen.lastName ?? ""))
                                           users.setValue(list.currentIndex, "lastName", text)
                }
                ComboBox {
                    Layout.fillWidth: true
                    model: groups
                    textRole: "name"
                    valueRole: "id"
                    currentIndex: groups.count > 0 ? groups.indexOf(window.chosen.groupId ?? -1) : -1
                    onActivated: users.setValue(list.currentIndex, "groupId", currentValue)
                }
                Button {
                    text: qsTr("Delete user")
                    onClicked: users.remove(list.currentIndex)
                }
                Label {
                    text: qsTr("Also in %1").arg(window.groupName(window.chosen.groupId))
                    font.bold: true
                    Layout.topMargin: 12
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: groupmates
                    delegate: Label {
                        required property var username
                        required property var firstName
                        required property var lastName
                        text: "%1 (%2 %3)".arg(username).arg(firstName ?? "").arg(lastName ?? "")
                    }
                    Label {
                        visible: groupmates.count === 0
                        text: qsTr("nobody else")
                        color: window.palette.mid
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: !window.hasChosen
                text: qsTr("Choose a user")
                color: window.palette.mid
            }
        }
    }
}
