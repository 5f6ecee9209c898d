#include "Clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace corroborate::ui {

void Clipboard::copy(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    // The hint KDE's Klipper and other managers honour: do not keep this in history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_last = text;
}

bool Clipboard::clearIfOurs()
{
    if (m_last.isEmpty())
        return false;
    QClipboard* clipboard = QGuiApplication::clipboard();
    const bool ours = clipboard->text(QClipboard::Clipboard) == m_last;
    if (ours)
        clipboard->clear(QClipboard::Clipboard);
    m_last.clear();
    return ours;
}

} // namespace corroborate::ui
