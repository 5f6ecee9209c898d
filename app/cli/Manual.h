#pragma once

#include <QTextStream>

namespace corroborate::cli {

// The manual page and the bash completion of corroborate-cli, written from the command registry
// and each command's own --help, so that every registered command and option is covered. The
// build runs the hidden options `--man` and `--completion` (packaging/CMakeLists.txt).
void writeManualPage(QTextStream& out);
void writeBashCompletion(QTextStream& out);

} // namespace corroborate::cli
