#include "Appearance.h"

#include "i18n/Language.h"

#include <QApplication>
#include <QStyle>

namespace corroborate::ui {

namespace {
QPalette g_systemPalette;
bool g_haveSystemPalette = false;
} // namespace

QPalette Appearance::lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x1d, 0x5f, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xa8));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe0));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::BrightText, QColor(0xa4, 0x00, 0x0f));
    return p;
}

QPalette Appearance::darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7c, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

void Appearance::applyTheme(Theme theme)
{
    if (!g_haveSystemPalette) {
        g_systemPalette = QApplication::palette();
        g_haveSystemPalette = true;
    }
    switch (theme) {
    case Theme::System: {
        // The system palette, with a warning colour in BrightText when the style's own does
        // not stand out on Base (Fusion's is white): flagged statuses use that role.
        QPalette p = g_systemPalette;
        const QColor base = p.color(QPalette::Base);
        if (qAbs(p.color(QPalette::BrightText).lightness() - base.lightness()) <= 90)
            p.setColor(QPalette::BrightText, base.lightness() > 128
                                                 ? lightPalette().color(QPalette::BrightText)
                                                 : darkPalette().color(QPalette::BrightText));
        QApplication::setPalette(p);
        break;
    }
    case Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

QList<QPair<QString, QString>> Appearance::availableLanguages()
{
    return i18n::available();
}

QString Appearance::applyLanguage(const QString& language)
{
    return i18n::install(language);
}

QColor Appearance::flaggedColour(const QPalette& palette)
{
    // Our Light and Dark palettes set BrightText to a readable warning colour; a system
    // palette whose BrightText does not stand out on Base falls back to Highlight.
    const QColor base = palette.color(QPalette::Base);
    const QColor bright = palette.color(QPalette::BrightText);
    if (qAbs(bright.lightness() - base.lightness()) > 90)
        return bright;
    return palette.color(QPalette::Highlight);
}

QColor Appearance::attentionColour(const QPalette& palette)
{
    return palette.color(QPalette::Link);
}

} // namespace corroborate::ui
