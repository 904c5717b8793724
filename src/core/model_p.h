// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MODEL_P_H
#define QTSEQUELIZE_MODEL_P_H

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

#include <QtSequelize/association.h>
#include <QtSequelize/expression.h>
#include <QtSequelize/model.h>
#include <QtSequelize/modelhooks.h>

#include <QtCore/qbitarray.h>
#include <QtCore/qpointer.h>

#include <functional>

namespace QtSequelize {

class ModelDefinitionPrivate;
class Connection;
struct AssociationInfo;

// Kept small: 100,000 of these exist after a big findAll.
class ModelPrivate
{
    Q_DECLARE_PUBLIC(Model)
public:
    explicit ModelPrivate(Model *q)
        : q_ptr(q)
    {
    }

    static ModelPrivate *get(Model *model) { return model->d_func(); }
    // The options a hook sees (HookOptions is built by the library only).
    static HookOptions hookOptions(const OptionsData &options) { return HookOptions(options); }
    static const ModelPrivate *get(const Model *model) { return model->d_func(); }
    // hooks: true on a cascading hasOne/hasMany (AssociationInfo::cascadeHooks): \a source's
    // targets destroyed as instances, before \a source is (instance and individualHooks
    // destroys).
    static void destroyCascadingTargets(Model *source, const DestroyOptions &options);
    // Nested creation (SaveOptions::include()): \a instance's targets of the included
    // associations built from \a values (create()), and saved with it in one transaction
    // (save()); src/associations/nestedsave.cpp.
    static void buildIncluded(Model *instance, const QList<Include> &includes,
                              const QVariantMap &values);
    static void saveWithIncludes(Model *instance, const SaveOptions &options);
    static QList<QSharedPointer<Model>> bulkCreateWithIncludes(ModelDefinition *model,
                                                               const QList<QVariantMap> &records,
                                                               const BulkCreateOptions &options);
    // save() of the instance alone; \a beforeAfterHooks runs after its statement, before its
    // after hooks.
    void saveOwn(const SaveOptions &options, const std::function<void()> &beforeAfterHooks = {});

    const ModelDefinitionPrivate &meta() const;

    QVariant value(int attribute) const;
    // Writes a value already converted to the attribute's type, with change tracking.
    void setValue(int attribute, const QVariant &value);
    // After a restore: deletedAt holds the "not deleted" value (its default, else a null
    // date); recorded as a change only when \a recorded (an instance's restore() saves it).
    void markRestored(bool recorded = false);
    // Sets an attribute to an SQL expression (literal, fn, col) that the next save() writes
    // as SQL; the attribute counts as changed and reads back as the expression until then.
    void setExpression(int attribute, const Expression &expression);
    // Model::set() of one attribute: an expression as SQL, else through the attribute's setter,
    // else converted to its type (\a reported: a failed conversion reports as the attribute's
    // own type validator would, as set() does; bulkCreate reports the conversion itself).
    void assign(int attribute, const QVariant &value, bool reported = true);
    // What a write stores for the attribute: its pending expression, else its value.
    QVariant written(int attribute) const;
    // Reads back attributes the last write set to expressions (their values are the database's).
    // Reads the values of the expressions among \a written, and the attributes \a alsoRead,
    // from the stored row (a dialect without RETURNING).
    // What set() ignores, as Sequelize's: a stored row's timestamps, a key that holds a value.
    bool isReadOnly(int attribute) const;
    void recordChange(const QString &attribute, const QVariant &before);
    void readBackExpressions(const QList<int> &written, Connection *connection,
                             const QList<int> &alsoRead = {});
    // Writes a value without change tracking (loading from the database).
    void load(int attribute, const QVariant &value);
    void applyDefaults(bool onlyUnset);
    // Applies the defaults of the attributes \a given does not name.
    void applyDefaults(const QVariantMap &given);
    void clearChanges();
    // Runs allowNull and the validators of the attributes (all, or \a only), in definition
    // order; throws ValidationError listing every failure.
    void validate(const QList<int> *only = nullptr) const;
    // validate() between the beforeValidate and afterValidate hooks; a failure runs
    // validationFailed, then propagates. SaveOptions::validate(false) skips validate() only.
    void validateWithHooks(const QList<int> *only, const OptionsData &options, bool hooks);
    void setNewRecord(bool isNew);
    int changedIndex(const QString &attribute) const;
    // Whether get() and toJSON() show the attribute: read by the query that loaded the
    // instance (or all were), changed since, or a VIRTUAL one whose dependencies were read.
    bool isShown(int attribute) const;
    // The attributes changed since \a before (a list of changed() taken earlier), in order.
    QStringList changedSince(const QStringList &before) const;

    Model *q_ptr;
    mutable QPointer<ModelDefinition> definition;
    QList<QPair<QString, QVariant>> previous; // changed attributes and their values before
    // Attributes of a new record holding the default build() or save() gave them: not changed
    // (Sequelize sets defaults raw, so changed() and a beforeCreate hook see only what was set),
    // and not generated again. Empty while there is none; cleared once the record is saved.
    QBitArray defaulted;
    bool isDefaulted(int attribute) const
    {
        return attribute >= 0 && attribute < defaulted.size() && defaulted.testBit(attribute);
    }
    void applyDefault(int attribute);
    QVariantList extra; // attributes without a Q_PROPERTY
    QHash<int, Expression> expressions; // attributes set to SQL expressions, not yet saved
    QList<Include> loadedWith; // the includes of the find that loaded it (reload() repeats them)
    // build(values, includes): a save() of the new record without includes of its own saves
    // these (Sequelize's build(values, {include}).save()).
    QList<Include> builtWith;
    // The scopes the find that loaded it named (FindOptions with only those set; null: the
    // default scope): reload() finds through them, as Sequelize's instance.constructor is the
    // scoped model it was found by. One per find, shared by its instances.
    QSharedPointer<const FindOptions> loadedScopes;
    QVariantMap computed; // aliased and computed values of the query that loaded it
    QBitArray loaded; // attributes read by a partial select; empty when all were
    // Attributes holding NULL whose property cannot (AttributeInfo::nullBesideProperty): the
    // property holds its type's zero. Empty while there is none. A new record starts with each
    // of them NULL, as Sequelize's starts undefined (an INSERT leaves it to the table's default
    // or NULL), noted on first use, once the model's definition is known.
    mutable QBitArray nulls;
    mutable bool nullsNoted = false;
    void noteNewRecordNulls() const;
    bool isNullBeside(int attribute) const
    {
        if (!nullsNoted)
            noteNewRecordNulls();
        return attribute < nulls.size() && nulls.testBit(attribute);
    }
    // Notes whether the attribute at \a attribute (whose property cannot hold NULL) is NULL.
    void noteNull(int attribute, bool isNull)
    {
        if (!nullsNoted)
            noteNewRecordNulls();
        if (isNull) {
            if (nulls.isEmpty())
                nulls.resize(attributeCount());
            nulls.setBit(attribute);
        } else if (!nulls.isEmpty()) {
            nulls.clearBit(attribute);
        }
    }
    qsizetype attributeCount() const;
    // VIRTUAL attributes the finder's attribute list leaves out (named or excluded): get() and
    // toJSON() do not show them, as Sequelize shows only the virtual getters it selected.
    QBitArray hiddenVirtuals;
    // The VIRTUAL attributes the attribute list of \a options leaves out; empty when none is.
    static QBitArray virtualsLeftOut(const ModelDefinitionPrivate &model,
                                     const OptionsData &options);
    // An attribute read only to join includes: kept, but not shown by get().
    void hide(int attribute, qsizetype attributeCount)
    {
        if (loaded.isEmpty())
            loaded = QBitArray(attributeCount, true);
        loaded.clearBit(attribute);
    }
    QHash<QString, QList<QSharedPointer<Model>>> associations; // loaded by include or a mixin
    // The shared pointer the definition made the instance with (ModelDefinition's
    // instantiate()); null for one made otherwise (on the stack).
    QWeakPointer<Model> self;

    // Replaces a loaded association and emits its change signals.
    void setLoaded(const AssociationInfo &association, const QList<QSharedPointer<Model>> &targets);
    bool newRecord = true;
    bool recording = true;
};

// The row of an instance: its primary key attributes (several for a composite key), as stored;
// with \a stored, a key changed since the last save is matched by its old value. \a bindings
// receives each part's value as a statement binds it (modelpersistence.cpp).
// InstanceError for a model without a primary key (removeAttribute("id")): its instances
// cannot name their row.
void requireInstanceKey(const ModelDefinitionPrivate &m);
Where primaryKeyWhere(const ModelPrivate *d, const ModelDefinitionPrivate &m, bool stored = false,
                      QVariantList *bindings = nullptr);
// The rows of \a instances by their keys (none when there are none); modelwrites.cpp.
Where keysOf(const ModelDefinitionPrivate &m, const QList<QSharedPointer<Model>> &instances);
// \a options with a limit when \a limit >= 0.
FindOptions limitedTo(FindOptions options, int limit);
// The rows a bulk statement of \a model is about to reach (\a where, at most \a limit), read for
// their per-instance hooks; with a limit, \a where becomes their keys (and the limit none), so
// the statement reaches the rows the hooks saw. modelwrites.cpp.
QList<QSharedPointer<Model>> readIndividuals(ModelDefinition &model, Where *where, int *limit,
                                             bool paranoid, Transaction *transaction);

} // namespace QtSequelize

#endif // QTSEQUELIZE_MODEL_P_H
