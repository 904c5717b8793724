// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// An instance's validation: attribute validators, NOT NULL, model validators and the validate
// hooks around them.

#include "model_p.h"

#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../sql/coercion_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/modelhooks.h>
#include <QtSequelize/validator.h>

namespace QtSequelize {

// validate(false) skips the validate hooks too, as Sequelize's (its validate() runs them).
void ModelPrivate::validateWithHooks(const QList<int> *only, const OptionsData &o, bool hooks)
{
    if (o.skipValidation)
        return;
    const ModelDefinitionPrivate &m = meta();
    m.runHook(hooks, &ModelHooks::beforeValidate, q_ptr, hookOptions(o));
    try {
        validate(only);
    } catch (const ValidationError &error) {
        m.runHook(hooks, &ModelHooks::validationFailed, q_ptr, hookOptions(o), error);
        throw;
    }
    m.runHook(hooks, &ModelHooks::afterValidate, q_ptr, hookOptions(o));
}

// The items come in Sequelize's order: the NOT NULL violations, the failures of the custom
// attribute validators, of the model validators, then of the built-in attribute validators
// (Sequelize runs them all at once; the synchronous ones settle first). The model validators
// run whatever the attributes gave, and also when only some attributes are validated (a save
// of the changed ones, fields, a static update), as Sequelize's skip leaves them out of none.
void ModelPrivate::validate(const QList<int> *only) const
{
    const ModelDefinitionPrivate &m = meta();
    QList<ValidationErrorItem> items;
    QList<ValidationErrorItem> customItems;
    QList<ValidationErrorItem> builtInItems;
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        if (info.type.kind() == DataType::Virtual || i == m.createdAt || i == m.updatedAt
            || i == m.deletedAt || (only && !only->contains(i)))
            continue;
        if (expressions.contains(i))
            continue; // SQL the database evaluates: Sequelize validates no literal/fn value
        if (info.options.allowsNull() && info.options.validators().isEmpty())
            continue; // nothing to check: the value is not even read (a hot path of save())
        const QVariant v = value(i);
        const bool null = isSqlNull(v);
        if (null && !info.options.allowsNull()) {
            if (!(i == m.primaryKey && m.primaryKeyAutoIncrement))
                items.append(ValidationErrorItem(m.name + QLatin1Char('.') + info.name
                                                     + QStringLiteral(" cannot be null"),
                                                 QStringLiteral("notNull Violation"), info.name,
                                                 QVariant(), QStringLiteral("is_null")));
            continue;
        }
        for (const Validator &validator : info.options.validators()) {
            // Sequelize 5+: a null value of a nullable attribute skips the built-in validators
            // but runs the custom ones ("either email or phone").
            if (null && !validator.isCustom())
                continue;
            QString thrown;
            if (validator.accepts(v, &thrown))
                continue;
            const QString message = !thrown.isEmpty() ? thrown
                : validator.customMessage().isEmpty()
                ? QStringLiteral("Validation %1 on %2 failed").arg(validator.key(), info.name)
                : validator.customMessage();
            (validator.isCustom() ? customItems : builtInItems)
                .append(ValidationErrorItem(message, QStringLiteral("Validation error"), info.name,
                                            v, validator.key()));
        }
    }
    items += customItems;
    Q_Q(const Model);
    for (const auto &validator : m.registered(m.validators)) {
        QString message;
        if (!validator.second(q, &message))
            items.append(ValidationErrorItem(
                message.isEmpty() ? QStringLiteral("Validation %1 failed").arg(validator.first)
                                  : message,
                QStringLiteral("Validation error"), validator.first, QVariant(), validator.first));
    }
    items += builtInItems;
    if (items.isEmpty())
        return;
    QStringList messages;
    for (const ValidationErrorItem &item : items)
        messages.append(item.message());
    throw ValidationError(
        QStringLiteral("Validation error: ") + messages.join(QStringLiteral(",\n")), items);
}

} // namespace QtSequelize
