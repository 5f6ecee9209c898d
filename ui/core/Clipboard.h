#pragma once

#include <QObject>
#include <QString>

namespace corroborate::ui {

// Copies text to the system clipboard marked as sensitive (so clipboard managers skip it),
// remembers what it put there, and clears it on lock and at quit, but only while the
// clipboard still holds our text.
class Clipboard : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void copy(const QString& text);
    // Clears the clipboard if it still holds what we put there. Returns true if it did.
    bool clearIfOurs();

private:
    QString m_last;
};

} // namespace corroborate::ui
