#include "core/io/jsonreader.h"

#include "core/io/jsonlocator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace warroom {
namespace {

using jsonlocator::child;

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::JsonReader)
};

} // namespace

JsonReader::JsonReader(QString source, QJsonObject root, QHash<QString, int> lines)
    : m_source(std::move(source))
    , m_root(std::move(root))
    , m_lines(std::move(lines))
{
}

Result<JsonReader> JsonReader::open(const QByteArray &rawJson, const QString &source)
{
    QByteArray json = rawJson;
    if (json.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte-order mark, as some editors write
        json.remove(0, 3);
    const QString field = QStringLiteral("file");
    if (json.trimmed().isEmpty())
        return Error::invalid(
            field,
            Text::tr("%1: the file is empty; it should hold a JSON object { ... }.").arg(source));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it stumbled on.
        const jsonlocator::Position at =
            jsonlocator::positionOf(json, std::max(0, parseError.offset - 1));
        return Error::invalid(field, Text::tr("%1:%2:%3: not valid JSON: %4.")
                                         .arg(source)
                                         .arg(at.line)
                                         .arg(at.column)
                                         .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Error::invalid(
            field,
            Text::tr("%1:1: the top level must be a JSON object { ... }, not a list or a value.")
                .arg(source));
    return JsonReader(source, document.object(), jsonlocator::valueLines(json));
}

Error JsonReader::error(const QString &path, const QString &message) const
{
    QString located = path;
    while (!located.isEmpty() && !m_lines.contains(located)) {
        const qsizetype cut =
            std::max(located.lastIndexOf(QLatin1Char('.')), located.lastIndexOf(QLatin1Char('[')));
        located = cut > 0 ? located.left(cut) : QString();
    }
    const QString where = QStringLiteral("%1:%2").arg(m_source).arg(m_lines.value(located, 1));
    if (path.isEmpty())
        return Error::invalid(QStringLiteral("file"), Text::tr("%1: %2").arg(where, message));
    return Error::invalid(path, Text::tr("%1: %2: %3").arg(where, path, message));
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("true/false");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a text");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

Result<QJsonObject> JsonReader::object(const QJsonValue &value, const QString &path,
                                       const QStringList &allowedKeys) const
{
    if (!value.isObject())
        return error(path, Text::tr("must be an object { ... }, not %1").arg(typeName(value)));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowedKeys.contains(it.key()))
            return error(child(path, it.key()),
                         Text::tr("unknown key \"%1\"; the keys allowed here are: %2")
                             .arg(it.key(), allowedKeys.join(QStringLiteral(", "))));
    }
    return object;
}

Result<QString> JsonReader::text(const QJsonObject &o, const QString &path, const QString &key,
                                 bool required) const
{
    if (!o.contains(key))
        return required ? Result<QString>(error(child(path, key), Text::tr("is missing")))
                        : Result<QString>(QString());
    return textValue(o.value(key), child(path, key));
}

Result<QString> JsonReader::textValue(const QJsonValue &value, const QString &path) const
{
    if (!value.isString())
        return error(path, Text::tr("must be a text in quotes, not %1").arg(typeName(value)));
    if (value.toString().trimmed().isEmpty())
        return error(path, Text::tr("must not be empty"));
    return value.toString().trimmed();
}

Result<QString> JsonReader::identifier(const QJsonObject &o, const QString &path,
                                       const QString &key) const
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    Result<QString> id = text(o, path, key);
    if (id && !pattern.match(*id).hasMatch())
        return error(child(path, key),
                     Text::tr("\"%1\" is not a valid id: use lower-case letters, digits and single"
                              " dashes (\"first-announcement\")")
                         .arg(*id));
    return id;
}

Result<qint64> JsonReader::wholeNumber(const QJsonObject &o, const QString &path,
                                       const QString &key, qint64 minimum,
                                       std::optional<qint64> fallback) const
{
    const QString at = child(path, key);
    if (!o.contains(key))
        return fallback ? Result<qint64>(*fallback)
                        : Result<qint64>(error(at, Text::tr("is missing")));
    const QJsonValue value = o.value(key);
    if (!value.isDouble())
        return error(at, Text::tr("must be a number, not %1").arg(typeName(value)));
    const double number = value.toDouble();
    if (number != std::floor(number) || std::abs(number) > 1e12)
        return error(at, Text::tr("must be a whole number, not %1").arg(number));
    if (number < double(minimum))
        return error(at, minimum == 0
                             ? Text::tr("must not be negative (got %1)").arg(number)
                             : Text::tr("must be at least %1 (got %2)").arg(minimum).arg(number));
    return qint64(number);
}

Result<QJsonArray> JsonReader::array(const QJsonObject &o, const QString &path, const QString &key,
                                     bool required, bool nonEmpty) const
{
    const QString at = child(path, key);
    if (!o.contains(key))
        return required ? Result<QJsonArray>(error(at, Text::tr("is missing")))
                        : Result<QJsonArray>(QJsonArray());
    if (!o.value(key).isArray())
        return error(at, Text::tr("must be a list [ ... ], not %1").arg(typeName(o.value(key))));
    if (nonEmpty && o.value(key).toArray().isEmpty())
        return error(at, Text::tr("must not be an empty list"));
    return o.value(key).toArray();
}

Result<QString> JsonReader::choice(const QJsonObject &o, const QString &path, const QString &key,
                                   const QStringList &allowed, bool required) const
{
    Result<QString> value = text(o, path, key, required);
    if (value && !value->isEmpty() && !allowed.contains(*value))
        return error(child(path, key), Text::tr("\"%1\" is not allowed here; use one of: %2")
                                           .arg(*value, allowed.join(QStringLiteral(", "))));
    return value;
}

Result<bool> JsonReader::flag(const QJsonObject &o, const QString &path, const QString &key) const
{
    if (o.contains(key) && !o.value(key).isBool())
        return error(child(path, key),
                     Text::tr("must be true or false, not %1").arg(typeName(o.value(key))));
    return o.value(key).toBool();
}

} // namespace warroom
