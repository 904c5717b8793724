// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The CRUD demo: users with their group, searched, created, edited in place and deleted.
// Every list is an InstanceListModel: it pages as the view scrolls and follows every change
// made through the models (here, or by any other code of the process) row by row.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtSequelize

ApplicationWindow {
    id: window
    width: 760
    height: 480
    visible: true
    title: qsTr("QtSequelize demo: users")

    InstanceListModel {
        id: groups
        sequelize: db
        model: "UserGroup"
        order: ["name"]
    }

    InstanceListModel {
        id: users
        sequelize: db
        model: "User"
        order: ["username"]
        pageSize: 30
        asynchronous: true // pages are read on the pool: the window never waits for them
        where: search.text.length > 0 ? ({ username: { like: "%" + search.text + "%" } }) : ({})
    }

    function groupName(id) {
        if (groups.count === 0) // also makes the bindings that call this follow the groups
            return "—"
        const row = groups.indexOf(id)
        return row < 0 ? "—" : groups.get(row).name
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            TextField {
                id: search
                placeholderText: qsTr("Search usernames")
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%1 shown").arg(users.count)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8

        RowLayout {
            TextField {
                id: newUsername
                Layout.preferredWidth: 110
                placeholderText: qsTr("username")
            }
            TextField {
                id: newFirstName
                Layout.preferredWidth: 170
                placeholderText: qsTr("first name")
            }
            TextField {
                id: newLastName
                Layout.preferredWidth: 170
                placeholderText: qsTr("last name")
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
                onClicked: {
                    users.create({ username: newUsername.text, firstName: newFirstName.text,
                                   lastName: newLastName.text, groupId: newGroup.currentValue })
                    if (users.errorString.length === 0) {
                        newUsername.clear()
                        newFirstName.clear()
                        newLastName.clear()
                    }
                }
            }
        }

        Label {
            text: users.errorString
            color: "firebrick"
            visible: text.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: users
            delegate: RowLayout {
                id: row
                required property int index
                required property var username
                required property var firstName
                required property var lastName
                required property var groupId
                width: list.width
                Label {
                    text: row.username
                    Layout.preferredWidth: 110
                    elide: Text.ElideRight
                }
                TextField {
                    Layout.preferredWidth: 170
                    text: row.firstName ?? ""
                    onEditingFinished: if (text !== (row.firstName ?? ""))
                                           users.setValue(row.index, "firstName", text)
                }
                TextField {
                    Layout.preferredWidth: 170
                    text: row.lastName ?? ""
                    onEditingFinished: if (text !== (row.lastName ?? ""))
                                           users.setValue(row.index, "lastName", text)
                }
                Label {
                    text: window.groupName(row.groupId)
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Button {
                    text: qsTr("Delete")
                    onClicked: users.remove(row.index)
                }
            }
        }
    }
}
