#pragma once

#include <QString>

namespace warroom {

// A control's text as read aloud or listed: without the mnemonic marks ("Roles && ca&lls" →
// "Roles & calls", "保存(&S)" → "保存") and without a trailing ellipsis.
QString plainText(const QString &text);

} // namespace warroom
