#include "storage/server/namerules.h"

namespace warroom::namerules {

QString whiteSpaceLiteral()
{
    // QChar::isSpace's set (what QString::trimmed removes), then U+200B and U+FEFF, which Qt
    // keeps but nobody can see at the end of a name.
    static const char16_t codes[] = {0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x0020, 0x0085,
                                     0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
                                     0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028,
                                     0x2029, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF};
    QString literal = QStringLiteral("U&'");
    for (const char16_t code : codes)
        literal += QStringLiteral("\\%1").arg(int(code), 4, 16, QLatin1Char('0'));
    return literal + QLatin1Char('\'');
}

QStringList install()
{
    const QString spaces = whiteSpaceLiteral();
    // The ICU collation exists when the server was built with ICU (Debian's and most packages
    // are); without it the database's own collation folds what it can.
    const QString key =
        QStringLiteral("CREATE OR REPLACE FUNCTION srv_name_key(text) RETURNS text LANGUAGE sql "
                       "IMMUTABLE SET search_path FROM CURRENT AS $k$ SELECT lower(upper(btrim($1, "
                       "%1)%2)%2) $k$");
    return {
        QStringLiteral("DO $warroom$ BEGIN IF EXISTS (SELECT 1 FROM pg_collation WHERE collname ="
                       " 'und-x-icu') THEN EXECUTE %1; ELSE EXECUTE %2; END IF; END $warroom$")
            .arg(QStringLiteral("$q$") + key.arg(spaces, QStringLiteral(" COLLATE \"und-x-icu\"")) +
                     QStringLiteral("$q$"),
                 QStringLiteral("$q$") + key.arg(spaces, QString()) + QStringLiteral("$q$")),
        // Whether the name has white space (by srv_name_key's definition) at either end.
        QStringLiteral("CREATE OR REPLACE FUNCTION srv_name_untrimmed(text) RETURNS boolean "
                       "LANGUAGE sql IMMUTABLE SET search_path FROM CURRENT AS $warroom$ SELECT "
                       "$1 IS DISTINCT FROM btrim($1, %1) $warroom$")
            .arg(spaces),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION srv_role_names() RETURNS trigger LANGUAGE plpgsql SET "
            "search_path FROM CURRENT AS $warroom$ DECLARE who text; BEGIN"
            " IF NOT srv_bound() OR NEW.kind NOT IN ('role_assigned', 'role_unassigned',"
            "  'role_acknowledged') THEN RETURN NEW; END IF;"
            " who := NEW.payload::jsonb ->> 'person';"
            " IF coalesce(btrim(who, %1), '') = '' OR srv_name_untrimmed(who) THEN"
            "  RAISE EXCEPTION USING ERRCODE = 'WR001', MESSAGE = format('timeline_events: "
            "refused - the person of a %s event must be a name without white space (a space, tab"
            " or no-break space) before or after it, as War Room writes it; got %s', NEW.kind,"
            "  coalesce(to_json(who)::text, 'none'));"
            " END IF; RETURN NEW; END $warroom$")
            .arg(spaces),
        QStringLiteral("DROP TRIGGER IF EXISTS timeline_events_srv_names ON timeline_events"),
        QStringLiteral("CREATE TRIGGER timeline_events_srv_names BEFORE INSERT ON timeline_events"
                       " FOR EACH ROW EXECUTE FUNCTION srv_role_names()"),
    };
}

} // namespace warroom::namerules
