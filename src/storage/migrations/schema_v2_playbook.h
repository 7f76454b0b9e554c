#pragma once

#include <QStringList>

namespace warroom {

class SqlDialect;

namespace migrations {

// Version 2 (issue 3, the playbook): the trigger conditions ticked when an incident was declared.
QStringList playbookSchema(const SqlDialect &dialect);

} // namespace migrations
} // namespace warroom
