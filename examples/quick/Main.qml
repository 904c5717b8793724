// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

import QtQuick
import QtSequelize

Window {
    id: window
    width: 320
    height: 240
    visible: true
    title: qsTr("Notes")

    required property Sequelize sequelize // set by main.cpp
    readonly property int shown: notes.count

    ListView {
        anchors.fill: parent
        anchors.margins: 8
        model: InstanceListModel {
            id: notes
            sequelize: window.sequelize
            model: "Note"
            order: ["title"]
        }
        delegate: Text {
            required property string title
            text: title
            font.pixelSize: 18
        }
    }
}
