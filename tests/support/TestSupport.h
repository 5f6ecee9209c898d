#pragma once

#include <QString>

namespace corroborate::test {

// The source tree, for fixtures under tests/data and resources/.
inline QString sourceDir()
{
    return QStringLiteral(CORROBORATE_SOURCE_DIR);
}
inline QString cliPath()
{
    return QStringLiteral(CORROBORATE_CLI_PATH);
}

} // namespace corroborate::test
