#include "Extensions.h"

#include <QList>

namespace corroborate::ui {

namespace {
QList<WindowExtension>& registry()
{
    static QList<WindowExtension> list;
    return list;
}
} // namespace

bool registerWindowExtension(WindowExtension extension)
{
    registry().append(extension);
    return true;
}

const QList<WindowExtension>& windowExtensions()
{
    return registry();
}

void addWindowExtensions(MainWindow& window)
{
    for (WindowExtension extension : registry())
        extension(window);
}

} // namespace corroborate::ui
