// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_OPTIONS_P_H
#define QTSEQUELIZE_OPTIONS_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include "../sql/statement_p.h"

#include <QtSequelize/association.h>
#include <QtSequelize/options.h>
#include <QtSequelize/transaction.h>

#include <QtCore/qpointer.h>
#include <QtCore/qsharedpointer.h>

#include <optional>

namespace QtSequelize {

class ModelDefinition;

struct OrderKey
{
    QString attribute; // empty for an expression
    QVariant expression; // Expression
    Qt::SortOrder order = Qt::AscendingOrder;
    NullsOrder nulls = NullsOrder::Default;
    bool literal = false; // the expression carries its own direction
    QString collation;
};

struct SelectItem
{
    QString attribute; // empty for an expression
    QVariant expression; // Expression
    QString alias;
};

// One data class behind every options object; each public class exposes the
// options Sequelize accepts for its call.
class OptionsData : public QSharedData
{
public:
    Where where;
    QStringList attributes;
    bool noAttributes = false; // attributes({}) was given: a SELECT of nothing
    QList<SelectItem> selectItems; // explicit list, after `attributes`
    QStringList excluded;
    QList<SelectItem> extraItems; // added to every attribute
    QStringList group;
    Where having;
    QString countColumn;
    bool distinct = false;
    QStringList fields;
    bool fieldsGiven = false; // fields({}) writes nothing, where no fields() writes them all
    // fields were chosen by instance update() (the given keys), not by the caller: what the
    // before hooks change is saved too (Sequelize's defaultFields).
    bool defaultFields = false;
    QList<OrderKey> order;
    QVariant replacements;
    QVariant bind;
    int limit = -1;
    int offset = -1;
    // A page within the rows limit and offset select (InstanceListModel's paging): findAll()
    // applies it after scopes and hooks, so a query's or scope's own limit and offset are
    // honoured. With pageOnly they are refused instead (the windowed list counts rows itself).
    int pageOffset = -1;
    int pageLimit = -1;
    bool pageOnly = false;
    QueryType type = QueryType::Raw;
    bool hasType = false;
    ModelDefinition *model = nullptr;
    QPointer<Transaction> transaction;
    // A transaction was given (transaction() with one): when it is gone by the time a statement
    // runs, the statement is refused rather than run outside it.
    bool transactionGiven = false;
    QList<Include> includes;
    // attribute IN (statement): the rows an enclosing query's joins keep (an include whose
    // rows a $nested$ condition of the source query filters).
    QList<QPair<QString, Statement>> keyFilters;
    QVariantMap through;
    Lock lock = Lock::None;
    // lock(lock, of): the model whose rows are locked (not given: every model the query reads;
    // given and gone: refused, never widened to every model).
    QPointer<ModelDefinition> lockOf;
    bool lockOfGiven = false;
    // The lock of a statement that reads \a model's rows.
    Lock lockFor(const ModelDefinition *model) const;
    void copyLock(const OptionsData &from)
    {
        lock = from.lock;
        lockOf = from.lockOf;
        lockOfGiven = from.lockOfGiven;
    }
    QStringList scopes;
    QList<QVariantList> scopeArguments; // per scope, for scope functions
    bool hasScopes = false;
    bool unscoped = false;
    bool hooks = true;
    bool individualHooks = false;
    bool skipLocked = false;
    bool plain = false;
    bool nest = false;
    bool paranoid = true;
    bool silent = false;
    bool force = false;
    bool alter = false;
    bool alterDrop = true; // sync({alter: {drop}})
    bool withForeignKeys = true; // sync() of models whose keys form a cycle: added after
    std::optional<QRegularExpression> match; // SyncOptions
    bool useMaster = false;
    bool rejectOnEmpty = false;
    int timeout = 0; // ms; 0: none
    std::optional<RetryOptions> retry; // per call, over the Sequelize's
    bool save = true; // belongsTo setters
    std::optional<bool> logging; // per call; unset: the Sequelize's
    StatementLogging::Logger logger;
    QSharedPointer<const BaseError> rejectError; // thrown instead of EmptyResultError
    Where throughWhere; // belongsToMany getters
    std::optional<QStringList> joinTableAttributes;
    bool ignoreDuplicates = false;
    bool skipValidation = false; // SaveOptions: validate(false)
    bool sideEffects = true; // UpdateOptions: what setters write to other attributes
    bool validateBulk = false; // BulkCreateOptions: validate(true)
    QStringList updateOnDuplicate;
    bool updateOnDuplicateGiven = false; // an empty list given is refused, as Sequelize
    int chunkSize = -1;
    bool truncate = false;
    bool cascade = false; // truncate
    bool restartIdentity = false; // truncate

    // Whether a find with these options selects what a find with none does: no where, list of
    // attributes, order, page, grouping, lock, include or scope of its own (what only decides
    // where and how the statement runs — transaction, useMaster, timeout, logging, retry,
    // hooks, rejectOnEmpty — may differ). A new option that changes the SELECT belongs here.
    bool selectsAsDefault() const;
    // transaction() of every option class: the transaction, and whether one was given.
    void setTransaction(Transaction *t)
    {
        transaction = t;
        transactionGiven = t != nullptr;
    }
    // The scopes these options name, alone in options of their own (shared, read-only), for an
    // instance to find itself through again (reload()); null when they name none (the default
    // scope applies).
    QSharedPointer<const FindOptions> scopeSelection() const;
};

// DefinitionError when a call that cannot honour SaveOptions::include() is given one (only
// create() and save() create nested rows).
void requireNoIncludes(const OptionsData &options, const QString &operation);

// The per-call statement settings of a call's options (timeout, logging), in force for the
// statements the call runs on this thread.
class CallSettings
{
public:
    explicit CallSettings(const OptionsData &options)
        : m_timeout(options.timeout)
        , m_logging(options.logging, options.logger)
        , m_retry(options.retry ? &*options.retry : nullptr)
    {
    }

private:
    StatementTimeout m_timeout;
    StatementLogging m_logging;
    StatementRetry m_retry;
};

class OptionsAccess
{
public:
    template<typename Options> static const OptionsData &data(const Options &options)
    {
        return *options.d;
    }
    template<typename Options> static OptionsData &mutableData(Options &options)
    {
        return *options.d;
    }
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_OPTIONS_P_H
