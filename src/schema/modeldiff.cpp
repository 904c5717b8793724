// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// migration:generate --from-models: the difference between the models and the database's
// tables, as QueryInterface calls, run directly or written out as a migration's C++.

#include "modeldiff_p.h"

#include "../core/connectionmanager_p.h"
#include "../core/sequelize_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../sql/indexoptions_p.h"
#include "schemachanges_p.h"

#include <QtSequelize/constraintoptions.h>
#include <QtSequelize/errors.h>

#include <QtCore/qrandom.h>

#include <optional>

namespace QtSequelize {

namespace {

// The migration's QueryInterface code names tables without schemas: a key into one is refused.
DefinitionError schemaReferenceRefused(const QString &schema)
{
    return DefinitionError(QStringLiteral("migration:generate --from-models writes no foreign key "
                                          "to a table in a schema (\"%1\")")
                               .arg(schema));
}

// The attribute a column of \a info stands for in QueryInterface::createTable(), its
// association's foreign key folded in.
Attribute columnAttribute(const AttributeInfo &info)
{
    Attribute attribute = Attribute(info.options).type(info.type);
    if (!info.references.isEmpty() && attribute.referencedTable().isEmpty()) {
        const ForeignKeyReference &r = info.references.first();
        if (!r.table.schema.isEmpty())
            throw schemaReferenceRefused(r.table.schema);
        attribute.references(r.table.name, r.column).onDelete(r.onDelete).onUpdate(r.onUpdate);
        if (r.deferrable)
            attribute.deferrable(*r.deferrable);
    }
    return attribute;
}

// The column signatures (Dialect::columnSignatures()) a table made of \a columns would have,
// read from a scratch table that a rolled-back transaction (a savepoint inside one) undoes.
QMap<QString, QString> scratchSignatures(SequelizePrivate *s, const QList<ColumnSpec> &columns)
{
    if (columns.isEmpty())
        return {};
    const Dialect &dialect = *s->dialect;
    const TableName scratch{
        QStringLiteral("qsq_scratch_%1")
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))};
    Connection *connection = s->connectionFor(OptionsData()); // SchemaChanges::run()'s
    AtomicBlock block(s, connection); // never committed: its destructor rolls back
    const bool savepoint
        = (connection ? connection : &s->connections->current())->transactionDepth > 1;
    if (savepoint)
        SchemaChanges::run(s, {QStringLiteral("SAVEPOINT qsq_scratch")});
    const auto undo = [&] {
        SchemaChanges::run(s, dialect.dropScratchTableStatements(scratch));
        if (savepoint)
            SchemaChanges::run(s,
                               {QStringLiteral("ROLLBACK TO SAVEPOINT qsq_scratch"),
                                QStringLiteral("RELEASE SAVEPOINT qsq_scratch")});
    };
    QMap<QString, QString> signatures;
    try {
        SchemaChanges::run(s,
                           dialect.scratchTableStatements(
                               DdlGenerator(dialect).createTableStatements(scratch, columns)));
        signatures = dialect.columnSignatures(SchemaChanges::rows(s), scratch);
    } catch (...) {
        undo();
        throw;
    }
    undo();
    return signatures;
}

// sync({alter})'s changeColumn for each column whose type, nullability or default is not the
// model's (keys and auto-increment columns stay, as there).
QList<ModelDiff::Operation> columnChanges(SequelizePrivate *s, const ModelDefinitionPrivate &model,
                                          const QMap<QString, ColumnDescription> &existing)
{
    QList<const AttributeInfo *> compared;
    QList<ColumnSpec> specs;
    for (const AttributeInfo &info : model.attributes) {
        if (info.type.kind() == DataType::Virtual || !existing.contains(info.field)
            || info.options.isPrimaryKey() || info.options.isAutoIncrement())
            continue;
        compared.append(&info);
        // Without its foreign key: the scratch table must not need the referenced one (which a
        // MariaDB TEMPORARY table cannot reference, and which may not exist yet); references
        // are not compared, as in sync({alter}).
        specs.append({info.field,
                      Attribute(info.options).type(info.type).references(QString(), QString()),
                      {},
                      false,
                      true,
                      true});
    }
    if (specs.isEmpty())
        return {};
    const QMap<QString, QString> wanted = scratchSignatures(s, specs);
    const QMap<QString, QString> now
        = s->dialect->columnSignatures(SchemaChanges::rows(s), TableName{model.tableName});
    QList<ModelDiff::Operation> operations;
    for (qsizetype i = 0; i < compared.size(); ++i) {
        const QString &field = specs.at(i).field;
        if (wanted.value(field) == now.value(field))
            continue;
        ModelDiff::Operation change{
            ModelDiff::Operation::ChangeColumn, model.tableName, {{field, specs.at(i).options}}};
        change.removedType = now.value(field).simplified(); // one line, for the comment
        operations.append(change);
    }
    return operations;
}

// sync({alter})'s unique constraint and foreign keys of the existing columns that lack them.
QList<ModelDiff::Operation> lackedConstraints(QueryInterface &qi, const QString &table,
                                              const QList<QPair<QString, Attribute>> &columns,
                                              const QMap<QString, ColumnDescription> &existing)
{
    QList<ModelDiff::Operation> operations;
    std::optional<QList<QVariantMap>> keys;
    for (const auto &column : columns) {
        // (not a structured binding: clang 14, which builds the fuzzers, cannot capture one)
        const QString &field = column.first;
        const Attribute &attribute = column.second;
        if (!existing.contains(field) || attribute.isPrimaryKey())
            continue;
        if (attribute.isUnique() && attribute.uniqueKey() == QLatin1String("\x01")
            && !existing.value(field).isUnique()) {
            ModelDiff::Operation add{
                ModelDiff::Operation::AddConstraint, table, {{field, attribute}}};
            add.indexUnique = true;
            add.indexName = table + QLatin1Char('_') + field + QStringLiteral("_uk");
            operations.append(add);
        }
        if (attribute.referencedTable().isEmpty())
            continue;
        if (!keys)
            keys = qi.getForeignKeyReferencesForTable(table);
        if (!SchemaChanges::hasForeignKey(*keys, field, attribute.referencedTable())) {
            ModelDiff::Operation add{
                ModelDiff::Operation::AddConstraint, table, {{field, attribute}}};
            add.indexName = table + QLatin1Char('_') + field + QStringLiteral("_fk");
            operations.append(add);
        }
    }
    return operations;
}

// The foreign keys of a table to create, taken out of \a columns: an AddConstraint each, as
// lackedConstraints() names them.
QList<ModelDiff::Operation> withoutForeignKeys(const QString &table,
                                               QList<QPair<QString, Attribute>> &columns)
{
    QList<ModelDiff::Operation> keys;
    for (QPair<QString, Attribute> &column : columns) {
        if (column.second.referencedTable().isEmpty())
            continue;
        ModelDiff::Operation add{ModelDiff::Operation::AddConstraint, table, {column}};
        add.indexName = table + QLatin1Char('_') + column.first + QStringLiteral("_fk");
        keys.append(add);
        column.second.references(QString(), QString());
    }
    return keys;
}

// The constraint of an AddConstraint operation.
ConstraintOptions constraintOf(const ModelDiff::Operation &o)
{
    const auto &[field, a] = o.columns.first();
    if (o.indexUnique)
        return ConstraintOptions(ConstraintOptions::Unique, {field}).name(o.indexName);
    ConstraintOptions key(ConstraintOptions::ForeignKey, {field});
    key.name(o.indexName).references(a.referencedTable(), a.referencedColumn());
    if (!a.onDeleteAction().isEmpty())
        key.onDelete(a.onDeleteAction());
    if (!a.onUpdateAction().isEmpty())
        key.onUpdate(a.onUpdateAction());
    if (a.deferrableMode() != Deferrable::Not)
        key.deferrable(a.deferrableMode());
    return key;
}

QList<ModelDiff::Operation> indexOperations(const ModelDefinitionPrivate &model,
                                            const QStringList &existing)
{
    QList<ModelDiff::Operation> operations;
    const QueryGenerator generator(model);
    for (const IndexOptions &index : model.indexes) {
        const IndexSpec spec = generator.indexSpec(index);
        if (existing.contains(spec.name))
            continue;
        const IndexOptionsData &o = IndexOptionsData::get(index);
        ModelDiff::Operation operation{ModelDiff::Operation::AddIndex, model.tableName};
        for (const IndexSpec::Key &key : spec.keys) {
            if (key.column.isEmpty() || key.order != Qt::AscendingOrder || key.length >= 0
                || !key.collate.isEmpty() || !key.operatorClass.isEmpty() || !o.where.isEmpty())
                throw DefinitionError(QStringLiteral("Index %1 of %2 has keys or a where that "
                                                     "--from-models cannot write yet")
                                          .arg(spec.name, model.name));
            operation.indexFields.append(key.column);
        }
        operation.indexName = spec.name;
        operation.indexUnique = spec.unique;
        operation.indexMethod = spec.method;
        operation.indexType = spec.type;
        operations.append(operation);
    }
    return operations;
}

// A C++ string literal of \a text (UTF-8 source; quotes, backslashes, control characters
// escaped).
QString literal(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\%1").arg(c.unicode(), 3, 8, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString typeCode(const DataType &type)
{
    const QString kind
        = QString::fromLatin1(QMetaEnum::fromType<DataType::Kind>().valueToKey(type.kind()));
    QString arguments;
    switch (type.kind()) {
    case DataType::String:
    case DataType::Char:
        arguments = QString::number(type.length());
        break;
    case DataType::Decimal:
        if (type.precision() >= 0)
            arguments = QString::number(type.precision())
                + (type.scale() >= 0 ? QStringLiteral(", ") + QString::number(type.scale())
                                     : QString());
        break;
    case DataType::Enum: {
        QStringList values;
        for (const QString &value : type.values())
            values.append(literal(value));
        arguments = QLatin1Char('{') + values.join(QStringLiteral(", ")) + QLatin1Char('}');
        break;
    }
    case DataType::Array:
        arguments = typeCode(type.elementType());
        break;
    case DataType::Integer:
    case DataType::BigInt:
    case DataType::SmallInt:
    case DataType::TinyInt:
    case DataType::MediumInt:
        if (type.length() > 0)
            arguments = QString::number(type.length());
        break;
    default:
        break;
    }
    const QString modifier = type.isZeroFill() ? QStringLiteral(".asZeroFill()")
        : type.isUnsigned()                    ? QStringLiteral(".asUnsigned()")
                                               : QString();
    return QStringLiteral("DataTypes::") + kind + QLatin1Char('(') + arguments + QLatin1Char(')')
        + modifier;
}

QString defaultCode(const QString &column, const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<DefaultValue>()) {
        switch (value.value<DefaultValue>()) {
        case DefaultValue::Now:
            return QStringLiteral("DataTypes::Now()");
        case DefaultValue::UuidV4:
            return QStringLiteral("DataTypes::UuidV4()");
        case DefaultValue::UuidV1:
            return QStringLiteral("DataTypes::UuidV1()");
        }
    }
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        return QStringLiteral("QVariant()");
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
        return QString::number(value.toLongLong());
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QStringLiteral("qint64(%1)").arg(value.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("double(%1)").arg(QString::number(value.toDouble(), 'g', 17));
    case QMetaType::QString:
        return QStringLiteral("QString(%1)").arg(literal(value.toString()));
    default:
        throw DefinitionError(QStringLiteral("The default of column %1 cannot be written as C++ by "
                                             "--from-models yet")
                                  .arg(column));
    }
}

// .references(table, column) and the key's actions, as Attribute and ConstraintOptions spell
// them alike.
QString referenceCode(const Attribute &a)
{
    QString code = QStringLiteral(".references(%1, %2)")
                       .arg(literal(a.referencedTable()), literal(a.referencedColumn()));
    if (!a.onDeleteAction().isEmpty())
        code += QStringLiteral(".onDelete(%1)").arg(literal(a.onDeleteAction()));
    if (!a.onUpdateAction().isEmpty())
        code += QStringLiteral(".onUpdate(%1)").arg(literal(a.onUpdateAction()));
    if (a.deferrableMode() != Deferrable::Not)
        code += QStringLiteral(".deferrable(Deferrable::%1)")
                    .arg(QString::fromLatin1(
                        QMetaEnum::fromType<Deferrable>().valueToKey(int(a.deferrableMode()))));
    return code;
}

QString attributeCode(const QString &column, const Attribute &a)
{
    QString code = QStringLiteral("Attribute(") + typeCode(a.type()) + QLatin1Char(')');
    if (a.isPrimaryKey())
        code += QStringLiteral(".primaryKey()");
    if (a.isAutoIncrement())
        code += QStringLiteral(".autoIncrement()");
    if (!a.allowsNull())
        code += QStringLiteral(".allowNull(false)");
    if (a.isUnique())
        // (a key of its own is marked \x01 until a model names it)
        code += a.uniqueKey().isEmpty() || a.uniqueKey() == QStringLiteral("\x01")
            ? QStringLiteral(".unique()")
            : QStringLiteral(".unique(%1)").arg(literal(a.uniqueKey()));
    if (a.hasDefaultValue())
        code += QStringLiteral(".defaultValue(%1)").arg(defaultCode(column, a.defaultValue()));
    if (!a.comment().isEmpty())
        code += QStringLiteral(".comment(%1)").arg(literal(a.comment()));
    if (a.hasCheck())
        code += QStringLiteral(".check(Sequelize::literal(%1))").arg(literal(a.checkCondition()));
    if (!a.referencedSchema().isEmpty())
        throw schemaReferenceRefused(a.referencedSchema());
    if (!a.referencedTable().isEmpty())
        code += referenceCode(a);
    return code;
}

// The C++ of constraintOf(\a o).
QString constraintCode(const ModelDiff::Operation &o)
{
    const auto &[field, a] = o.columns.first();
    const QString head
        = QStringLiteral("ConstraintOptions(ConstraintOptions::%1, {%2}).name(%3)")
              .arg(o.indexUnique ? QStringLiteral("Unique") : QStringLiteral("ForeignKey"),
                   literal(field), literal(o.indexName));
    return o.indexUnique ? head : head + referenceCode(a);
}

IndexOptions indexOptions(const ModelDiff::Operation &o)
{
    IndexOptions options = IndexOptions().name(o.indexName).unique(o.indexUnique);
    if (!o.indexMethod.isEmpty())
        options.using_(o.indexMethod);
    if (!o.indexType.isEmpty())
        options.type(o.indexType);
    return options;
}

} // namespace

QList<ModelDiff::Operation> ModelDiff::compute(Sequelize *sequelize)
{
    QueryInterface qi = sequelize->queryInterface();
    QList<Operation> operations;
    const QStringList tables = qi.showAllTables();
    bool cyclic = false;
    const QList<ModelDefinition *> ordered
        = SequelizePrivate::dependencyOrder(SequelizePrivate::get(sequelize)->models, &cyclic);
    // Keys in a cycle cannot all reference tables that exist, as in sync(): the new tables are
    // created without their foreign keys, which are added after them (SQLite takes a key to a
    // table it does not have yet, and cannot add one to a table).
    const bool keysAfter = cyclic && SequelizePrivate::get(sequelize)->dialect->addsConstraints();
    QList<Operation> keys;
    for (ModelDefinition *definition : ordered) {
        const ModelDefinitionPrivate &model = *ModelDefinitionPrivate::get(definition);
        if (!model.schema.isEmpty())
            throw DefinitionError(QStringLiteral("--from-models does not write models with a "
                                                 "schema yet (%1)")
                                      .arg(model.name));
        QList<QPair<QString, Attribute>> columns;
        for (const AttributeInfo &info : model.attributes) {
            if (info.type.kind() != DataType::Virtual)
                columns.append({info.field, columnAttribute(info)});
        }
        if (!tables.contains(model.tableName)) {
            if (keysAfter)
                keys += withoutForeignKeys(model.tableName, columns);
            operations.append({Operation::CreateTable, model.tableName, columns});
            operations.last().inCycle = cyclic && !keysAfter;
            operations += indexOperations(model, {});
            continue;
        }
        const QMap<QString, ColumnDescription> existing = qi.describeTable(model.tableName);
        QStringList fields;
        for (const auto &[field, attribute] : std::as_const(columns)) {
            fields.append(field);
            if (!existing.contains(field))
                operations.append({Operation::AddColumn, model.tableName, {{field, attribute}}});
        }
        operations += columnChanges(SequelizePrivate::get(sequelize), model, existing);
        operations += lackedConstraints(qi, model.tableName, columns, existing);
        for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
            if (!fields.contains(it.key())) {
                Operation removal{Operation::RemoveColumn, model.tableName};
                removal.column = it.key();
                removal.removedType = it.value().type();
                operations.append(removal);
            }
        }
        QStringList indexes;
        for (const IndexDescription &index : qi.showIndex(model.tableName))
            indexes.append(index.name());
        operations += indexOperations(model, indexes);
    }
    return operations + keys;
}

void ModelDiff::up(const QList<Operation> &operations, QueryInterface &qi)
{
    for (const Operation &o : operations) {
        switch (o.kind) {
        case Operation::CreateTable: {
            Attributes attributes;
            for (const auto &[field, attribute] : o.columns)
                attributes.append({field, attribute});
            qi.createTable(o.table, attributes);
            break;
        }
        case Operation::AddColumn:
            qi.addColumn(o.table, o.columns.first().first, o.columns.first().second);
            break;
        case Operation::RemoveColumn:
            qi.removeColumn(o.table, o.column);
            break;
        case Operation::AddIndex:
            qi.addIndex(o.table, o.indexFields, indexOptions(o));
            break;
        case Operation::ChangeColumn:
            qi.changeColumn(o.table, o.columns.first().first, o.columns.first().second);
            break;
        case Operation::AddConstraint:
            qi.addConstraint(o.table, constraintOf(o));
            break;
        }
    }
}

void ModelDiff::down(const QList<Operation> &operations, QueryInterface &qi)
{
    QStringList cycle; // SQLite's tables whose keys form a cycle: dropped together
    for (auto it = operations.crbegin(); it != operations.crend(); ++it) {
        if (it->inCycle)
            cycle.prepend(it->table);
        if (it->kind == Operation::RemoveColumn || it->kind == Operation::ChangeColumn)
            throw DefinitionError(QStringLiteral("This migration dropped or changed columns it "
                                                 "cannot restore (%1.%2): write its down step")
                                      .arg(it->table,
                                           it->kind == Operation::RemoveColumn
                                               ? it->column
                                               : it->columns.first().first));
    }
    for (auto it = operations.crbegin(); it != operations.crend(); ++it) {
        if (it->inCycle) {
            if (it->table == cycle.constLast())
                qi.dropTables(cycle);
        } else if (it->kind == Operation::CreateTable)
            qi.dropTable(it->table);
        else if (it->kind == Operation::AddColumn)
            qi.removeColumn(it->table, it->columns.first().first);
        else if (it->kind == Operation::AddIndex)
            qi.removeIndex(it->table, it->indexName);
        else if (it->kind == Operation::AddConstraint)
            qi.removeConstraint(it->table, it->indexName);
    }
}

QString ModelDiff::render(const QList<Operation> &operations, bool up)
{
    QStringList statements;
    if (!up) {
        QStringList lost;
        for (const Operation &o : operations) {
            if (o.kind == Operation::RemoveColumn)
                lost.append(o.table + QLatin1Char('.') + o.column + QStringLiteral(" (")
                            + o.removedType + QLatin1Char(')'));
            else if (o.kind == Operation::ChangeColumn)
                lost.append(o.table + QLatin1Char('.') + o.columns.first().first
                            + QStringLiteral(" (was ") + o.removedType + QLatin1Char(')'));
        }
        if (!lost.isEmpty())
            return QStringLiteral("        // The up step drops or changes %1: restore them here.\n"
                                  "        throw DefinitionError(\"This migration's down step "
                                  "is to be written\");\n")
                .arg(lost.join(QStringLiteral(", ")));
    }
    const auto indexCode = [](const Operation &o) {
        QString code = QStringLiteral("IndexOptions().name(%1)").arg(literal(o.indexName));
        if (o.indexUnique)
            code += QStringLiteral(".unique()");
        if (!o.indexMethod.isEmpty())
            code += QStringLiteral(".using_(%1)").arg(literal(o.indexMethod));
        if (!o.indexType.isEmpty())
            code += QStringLiteral(".type(%1)").arg(literal(o.indexType));
        return code;
    };
    // SQLite's tables whose foreign keys form a cycle are dropped together, where the last
    // of them would be.
    QStringList cycle;
    for (const Operation &o : operations) {
        if (o.inCycle)
            cycle.append(literal(o.table));
    }
    for (const Operation &o : operations) {
        const QString table = literal(o.table);
        QString line;
        if (!up && o.inCycle) {
            if (table == cycle.constLast())
                statements.append(QStringLiteral("        queryInterface.dropTables({%1});\n")
                                      .arg(cycle.join(QStringLiteral(", "))));
            continue;
        }
        switch (o.kind) {
        case Operation::CreateTable: {
            QStringList columns;
            for (const auto &[field, attribute] : o.columns)
                columns.append(QStringLiteral("             {%1, %2}")
                                   .arg(literal(field), attributeCode(field, attribute)));
            line = up ? QStringLiteral(
                            "queryInterface.createTable(\n            %1,\n            {\n%2});")
                            .arg(table, columns.join(QStringLiteral(",\n")))
                      : QStringLiteral("queryInterface.dropTable(%1);").arg(table);
            break;
        }
        case Operation::AddColumn: {
            const auto &[field, attribute] = o.columns.first();
            line = up
                ? QStringLiteral("queryInterface.addColumn(%1, %2, %3);")
                      .arg(table, literal(field), attributeCode(field, attribute))
                : QStringLiteral("queryInterface.removeColumn(%1, %2);").arg(table, literal(field));
            break;
        }
        case Operation::RemoveColumn:
            line = QStringLiteral("queryInterface.removeColumn(%1, %2); // was %3")
                       .arg(table, literal(o.column), o.removedType);
            break;
        case Operation::ChangeColumn: {
            const auto &[field, attribute] = o.columns.first();
            line = QStringLiteral("queryInterface.changeColumn(%1, %2, %3); // was %4")
                       .arg(table, literal(field), attributeCode(field, attribute), o.removedType);
            break;
        }
        case Operation::AddConstraint:
            line = up ? QStringLiteral("queryInterface.addConstraint(%1, %2);")
                            .arg(table, constraintCode(o))
                      : QStringLiteral("queryInterface.removeConstraint(%1, %2);")
                            .arg(table, literal(o.indexName));
            break;
        case Operation::AddIndex: {
            QStringList fields;
            for (const QString &field : o.indexFields)
                fields.append(literal(field));
            line = up ? QStringLiteral("queryInterface.addIndex(%1, {%2}, %3);")
                            .arg(table, fields.join(QStringLiteral(", ")), indexCode(o))
                      : QStringLiteral("queryInterface.removeIndex(%1, %2);")
                            .arg(table, literal(o.indexName));
            break;
        }
        }
        statements.append(QStringLiteral("        ") + line + QLatin1Char('\n'));
    }
    if (!up)
        std::reverse(statements.begin(), statements.end());
    return statements.join(QString());
}

} // namespace QtSequelize
