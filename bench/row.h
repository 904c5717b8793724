// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef BENCH_ROW_H
#define BENCH_ROW_H

#include <QtSequelize/TypedModel>

// The workload of issue 6: table bench_rows, no timestamps.
class Row : public QtSequelize::TypedModel<Row>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(qint64, id, setId)
    QSQ_ATTRIBUTE(QString, name, setName)
    QSQ_ATTRIBUTE(QString, email, setEmail)
    QSQ_ATTRIBUTE(int, age, setAge)
    QSQ_ATTRIBUTE(double, score, setScore)
    QSQ_ATTRIBUTE(bool, active, setActive)
};

// What a careful hand-written QtSql program fills: a QObject with the same properties and
// plain setters (no change tracking).
class PlainRow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 id MEMBER m_id NOTIFY changed)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY changed)
    Q_PROPERTY(QString email MEMBER m_email NOTIFY changed)
    Q_PROPERTY(int age MEMBER m_age NOTIFY changed)
    Q_PROPERTY(double score MEMBER m_score NOTIFY changed)
    Q_PROPERTY(bool active MEMBER m_active NOTIFY changed)
public:
    void setId(qint64 v) { m_id = v; }
    void setName(const QString &v) { m_name = v; }
    void setEmail(const QString &v) { m_email = v; }
    void setAge(int v) { m_age = v; }
    void setScore(double v) { m_score = v; }
    void setActive(bool v) { m_active = v; }
Q_SIGNALS:
    void changed();

private:
    qint64 m_id = 0;
    QString m_name;
    QString m_email;
    int m_age = 0;
    double m_score = 0;
    bool m_active = false;
};

struct RowStruct
{
    qint64 id = 0;
    QString name;
    QString email;
    int age = 0;
    double score = 0;
    bool active = false;
};

#endif // BENCH_ROW_H
