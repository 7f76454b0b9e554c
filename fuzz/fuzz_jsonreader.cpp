// The JSON reader of every data file (core/io/jsonreader, jsonlocator): Qt's parser, then War
// Room's own scan of the text that maps each value's path to its line for error messages.
#include "core/io/jsonlocator.h"
#include "core/io/jsonreader.h"
#include "fuzzsupport.h"

using namespace warroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    // The locator is meant for text Qt accepted, but must stop early, not crash, on anything else.
    const QHash<QString, int> lines = jsonlocator::valueLines(json);
    for (const int line : lines)
        FUZZ_CHECK(line >= 1 && line <= json.count('\n') + 1);
    for (const qsizetype offset : {qsizetype(0), json.size() / 2, json.size()}) {
        const jsonlocator::Position at = jsonlocator::positionOf(json, offset);
        FUZZ_CHECK(at.line >= 1 && at.column >= 1);
    }

    const Result<JsonReader> reader = JsonReader::open(json, QStringLiteral("fuzz.json"));
    if (!reader) {
        FUZZ_CHECK(!reader.error().message.isEmpty());
        return 0;
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const Error error = reader->error(it.key(), QStringLiteral("fuzzed"));
        FUZZ_CHECK(!error.message.isEmpty());
    }
    (void)reader->error(QStringLiteral("no.such[3].path"), QStringLiteral("fuzzed"));
    const QJsonObject &root = reader->root();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString path = jsonlocator::child(QString(), it.key());
        JsonReader::typeName(it.value());
        (void)reader->textValue(it.value(), path);
        (void)reader->object(it.value(), path, {QStringLiteral("id"), QStringLiteral("title")});
        (void)reader->identifier(root, path, it.key());
        (void)reader->wholeNumber(root, path, it.key(), 0, 7);
        (void)reader->array(root, path, it.key(), false, true);
        (void)reader->flag(root, path, it.key());
        (void)reader->choice(root, path, it.key(), {QStringLiteral("a"), QStringLiteral("b")},
                             false);
    }
    return 0;
}
