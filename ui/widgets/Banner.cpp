#include "Banner.h"

#include <QApplication>
#include <QEvent>

namespace corroborate::ui {

Banner::Banner(Kind kind, QWidget* parent)
    : QLabel(parent)
    , m_kind(kind)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAutoFillBackground(true);
    setMargin(4);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    if (kind == Kind::Synthetic) {
        setObjectName(QStringLiteral("syntheticBanner"));
        setText(tr("SYNTHETIC DEMONSTRATION DATA — every person in this file is invented"));
        setAccessibleName(tr("Synthetic data notice"));
    } else {
        setObjectName(QStringLiteral("markingBanner"));
        setAccessibleName(tr("Protective marking"));
    }
    applyPalette();
}

void Banner::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void Banner::applyPalette()
{
    QPalette p = QApplication::palette(this);
    if (m_kind == Kind::Synthetic) {
        p.setBrush(QPalette::Window, p.brush(QPalette::Highlight));
        p.setBrush(QPalette::WindowText, p.brush(QPalette::HighlightedText));
    } else {
        p.setBrush(QPalette::Window, p.brush(QPalette::AlternateBase));
        p.setBrush(QPalette::WindowText, p.brush(QPalette::Text));
    }
    // Set only the roles we change, so a later application palette still reaches the rest.
    setPalette(p);
}

} // namespace corroborate::ui
