// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef BENCH_ROW_H
#define BENCH_ROW_H

#include <QtSequelize/TypedModel>

#include <memory>
#include <vector>

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

// The same columns in bench_rows_copy, which the write cases fill and empty.
class RowCopy : public QtSequelize::TypedModel<RowCopy>
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

// The include case: bench_users hasMany bench_posts as `posts`.
class BenchPost : public QtSequelize::TypedModel<BenchPost>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(qint64, id, setId)
    QSQ_ATTRIBUTE(QString, title, setTitle)
    QSQ_ATTRIBUTE(QString, body, setBody)
    QSQ_ATTRIBUTE(qint64, userId, setUserId)
};

class BenchUser : public QtSequelize::TypedModel<BenchUser>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(qint64, id, setId)
    QSQ_ATTRIBUTE(QString, name, setName)
    QSQ_ATTRIBUTE(QString, email, setEmail)
    QSQ_HAS_MANY(BenchPost, posts, Posts, Post)
};

// Their hand-written counterparts: QObjects with plain setters; a user owns its posts.
class PlainPost : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 id MEMBER m_id NOTIFY changed)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY changed)
    Q_PROPERTY(QString body MEMBER m_body NOTIFY changed)
    Q_PROPERTY(qint64 userId MEMBER m_userId NOTIFY changed)
public:
    void setId(qint64 v) { m_id = v; }
    void setTitle(const QString &v) { m_title = v; }
    void setBody(const QString &v) { m_body = v; }
    void setUserId(qint64 v) { m_userId = v; }
Q_SIGNALS:
    void changed();

private:
    qint64 m_id = 0;
    QString m_title;
    QString m_body;
    qint64 m_userId = 0;
};

class PlainUser : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 id MEMBER m_id NOTIFY changed)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY changed)
    Q_PROPERTY(QString email MEMBER m_email NOTIFY changed)
public:
    void setId(qint64 v) { m_id = v; }
    void setName(const QString &v) { m_name = v; }
    void setEmail(const QString &v) { m_email = v; }
    qint64 id() const { return m_id; }
    std::vector<std::unique_ptr<PlainPost>> posts;
Q_SIGNALS:
    void changed();

private:
    qint64 m_id = 0;
    QString m_name;
    QString m_email;
};

#endif // BENCH_ROW_H
