// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_INSTANCELISTMODEL_H
#define QTSEQUELIZE_INSTANCELISTMODEL_H

#include <QtSequelize/options.h>

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qsharedpointer.h>
#include <QtQml/qqmlparserstatus.h>
#include <QtQml/qqmlregistration.h>

#include <memory>

#if defined(QTSEQUELIZE_STATIC)
#define Q_SEQUELIZE_QML_EXPORT
#elif defined(QTSEQUELIZE_BUILD_QML_LIB)
#define Q_SEQUELIZE_QML_EXPORT Q_DECL_EXPORT
#else
#define Q_SEQUELIZE_QML_EXPORT Q_DECL_IMPORT
#endif

namespace QtSequelize {

class Model;
class ModelDefinition;
class Sequelize;
class InstanceListModelPrivate;

class Q_SEQUELIZE_QML_EXPORT InstanceListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_MOC_INCLUDE(<QtSequelize / model.h>)
    Q_MOC_INCLUDE(<QtSequelize / modeldefinition.h>)
    Q_MOC_INCLUDE(<QtSequelize / sequelize.h>)
    Q_PROPERTY(
        QtSequelize::Sequelize *sequelize READ sequelize WRITE setSequelize NOTIFY sequelizeChanged)
    Q_PROPERTY(QString model READ modelName WRITE setModelName NOTIFY definitionChanged)
    Q_PROPERTY(QtSequelize::ModelDefinition *definition READ definition WRITE setDefinition NOTIFY
                   definitionChanged)
    Q_PROPERTY(QVariantMap where READ where WRITE setWhere NOTIFY whereChanged)
    Q_PROPERTY(QVariantList order READ order WRITE setOrder NOTIFY orderChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(bool live READ isLive WRITE setLive NOTIFY liveChanged)
    Q_PROPERTY(bool windowed READ isWindowed WRITE setWindowed NOTIFY windowedChanged)
    Q_PROPERTY(
        bool asynchronous READ isAsynchronous WRITE setAsynchronous NOTIFY asynchronousChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
public:
    enum Roles {
        InstanceRole = Qt::UserRole,
        // The attributes follow, in definition order, then the associations and their
        // targets' attributes ("group", "group.name").
        FirstAttributeRole,
    };
    Q_ENUM(Roles)

    explicit InstanceListModel(QObject *parent = nullptr);
    // A model over definition->findAll(options), loading its first page now.
    explicit InstanceListModel(ModelDefinition *definition, const FindOptions &options = {},
                               QObject *parent = nullptr);
    ~InstanceListModel() override;

    Sequelize *sequelize() const;
    void setSequelize(Sequelize *sequelize);
    // The model's name, looked up in sequelize() when set from QML.
    QString modelName() const;
    void setModelName(const QString &name);
    ModelDefinition *definition() const;
    void setDefinition(ModelDefinition *definition);
    // The C++ form of where and order (and any other find option), in one value.
    FindOptions findOptions() const;
    void setFindOptions(const FindOptions &options);
    // A where in Sequelize's object form (see Where::fromMap()); replaces the options' where.
    QVariantMap where() const;
    void setWhere(const QVariantMap &where);
    // Attribute names, each optionally followed by " ASC" or " DESC", or [name, direction]
    // pairs; appended to the options' own order.
    QVariantList order() const;
    void setOrder(const QVariantList &order);
    int pageSize() const;
    void setPageSize(int rows);
    // Whether the model follows its ModelDefinition's changes (on by default).
    bool isLive() const;
    void setLive(bool live);

    // Windowed mode, for big tables: the row count is the query's COUNT, and rows are read a
    // page at a time where views ask for them (row 900,000 without the rows before it), by
    // keyset from a neighbouring page when the order allows it, else by OFFSET; at most 16
    // pages are kept. Off by default (pages appended by fetchMore() from the top).
    bool isWindowed() const;
    void setWindowed(bool windowed);

    // Whether pages and refreshes are read on the Sequelize's thread pool (the QFuture API), so
    // that the thread owning the model never waits for the database; the rows come in when the
    // query is done, and loading() is true meanwhile. Off by default. Writes through the model
    // (setValue(), create(), remove()) wait for their statement either way.
    bool isAsynchronous() const;
    void setAsynchronous(bool asynchronous);
    bool isLoading() const;

    int count() const;
    QString errorString() const;

    // The instance of a row, or nullptr outside the rows; owned by the list.
    Q_INVOKABLE QtSequelize::Model *instance(int row) const;
    // A row's attribute values, as ListModel.get() in QML.
    Q_INVOKABLE QVariantMap get(int row) const;
    // The row showing the instance with this primary key, or -1.
    Q_INVOKABLE int indexOf(const QVariant &primaryKey) const;
    // Sets an attribute of a row's instance and saves it; false (with errorString()) when the
    // value or the save is refused.
    Q_INVOKABLE bool setValue(int row, const QString &attribute, const QVariant &value);
    // Creates an instance (Model.create) and returns its row, or -1 when it is not among the
    // rows shown (filtered out or beyond the loaded pages) or could not be created.
    Q_INVOKABLE int create(const QVariantMap &values);
    // Destroys a row's instance (instance.destroy()); false with errorString() on failure.
    Q_INVOKABLE bool remove(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void classBegin() override;
    void componentComplete() override;

public Q_SLOTS:
    // Reloads the rows shown and applies the difference (inserts, removals, moves, changes).
    void refresh();

Q_SIGNALS:
    void sequelizeChanged();
    void definitionChanged();
    void whereChanged();
    void orderChanged();
    void pageSizeChanged();
    void liveChanged();
    void windowedChanged();
    void countChanged();
    void asynchronousChanged();
    void loadingChanged();
    void errorStringChanged();
    void errorOccurred(const QString &message);

private:
    friend class InstanceListModelPrivate;
    std::unique_ptr<InstanceListModelPrivate> d;
    Q_DISABLE_COPY(InstanceListModel)
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_INSTANCELISTMODEL_H
