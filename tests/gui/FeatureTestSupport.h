#pragma once

// What the feature suites (sharing, packs, rights, sign-off, oversight) set up alike: the
// start of a suite, a signed-in window on screen, and screenshots of the window with its
// dialogs. Builds on GuiTestSupport.h (the case file fixture, ScriptedDialogs, openAndSignIn).

#include "GuiTestSupport.h"

#include "core/Application.h"
#include "main/MainWindow.h"
#include "packs/PackDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace corroborate::test {

// The start of a feature suite's initTestCase: its own settings and a fixed date, the
// application set up, and the font every screenshot is taken with (as tst_screenshots).
inline void startFeatureSuite()
{
    isolateEnvironment();
    ui::setUpApplication(*qApp);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}

// Where a suite saves its screenshots: CORROBORATE_SCREENSHOT_DIR when set, else `fallback`;
// the folder is made. Empty when it cannot be made.
inline QString screenshotFolder(const QString& fallback)
{
    QString dir = qEnvironmentVariable("CORROBORATE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = fallback;
    return QDir().mkpath(dir) ? dir : QString();
}

// A main window at 1280×800 on screen, its modal questions answered by ScriptedDialogs.
struct FeatureWindow
{
    ui::MainWindow window;
    ScriptedDialogs* dialogs = new ScriptedDialogs; // owned by the window

    FeatureWindow()
    {
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.resize(1280, 800);
        window.show();
    }
    // True once the window is active.
    bool active() { return QTest::qWaitForWindowActive(&window); }
    // Waits for the window, opens `path` and signs in, as a person would.
    bool signIn(const QString& path, const QString& user = kAdmin,
                const QString& password = kAdminPassword)
    {
        return active() && openAndSignIn(window, *dialogs, path, user, password);
    }
};

// The window as a picture with `dialogs` drawn where they sit over it. Offscreen windows have
// no decorations: each dialog gets a plain frame, a shadow and a title bar so it reads as one.
inline QImage grabWithDialogs(QWidget& window, const QList<QWidget*>& dialogs)
{
    QTest::qWait(200);
    QImage image = window.grab().toImage();
    QPainter painter(&image);
    for (QWidget* w : dialogs) {
        const QPoint at = window.mapFromGlobal(w->mapToGlobal(QPoint(0, 0)));
        const int bar = 26;
        const QRect frame(at.x() - 1, at.y() - bar, w->width() + 1, w->height() + bar);
        painter.fillRect(frame.adjusted(4, 4, 4, 4), QColor(0, 0, 0, 60)); // shadow
        painter.fillRect(QRect(frame.topLeft(), QSize(frame.width(), bar)),
                         w->palette().color(QPalette::Mid));
        painter.setPen(w->palette().color(QPalette::WindowText));
        painter.drawText(QRect(frame.left(), frame.top(), frame.width(), bar), Qt::AlignCenter,
                         w->windowTitle());
        painter.drawImage(at, w->grab().toImage());
        painter.setPen(w->palette().color(QPalette::Dark));
        painter.drawRect(frame);
    }
    painter.end();
    return image;
}

// A suite with a fresh window for each test: init() calls openWindow(), cleanup()
// closeWindow(). Derive after QObject.
class WindowPerTest
{
protected:
    bool openWindow()
    {
        m_feature = std::make_unique<FeatureWindow>();
        m_window = &m_feature->window;
        m_dialogs = m_feature->dialogs;
        return m_feature->active();
    }
    void closeWindow()
    {
        m_window = nullptr;
        m_dialogs = nullptr;
        m_feature.reset();
    }
    // Nominal ▸ Review pack…, once its dialog is on show; nullptr when the action is off or
    // the dialog does not come.
    ui::PackDialog* openPackDialog()
    {
        QAction* act = action(*m_window, QStringLiteral("actionPrintPack"));
        if (!act || !act->isEnabled())
            return nullptr;
        act->trigger();
        ui::PackDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = m_window->findChild<ui::PackDialog*>();
                    return dialog && dialog->isVisible();
                },
                5000))
            return nullptr;
        return dialog;
    }
    // Saves the window at 1280x800 with `dialogs` drawn where they sit over it.
    bool shot(const QString& file, const QList<QWidget*>& dialogs)
    {
        return grabWithDialogs(*m_window, dialogs).save(file);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_outDir;
    std::unique_ptr<FeatureWindow> m_feature;
    ui::MainWindow* m_window = nullptr;
    ScriptedDialogs* m_dialogs = nullptr;
};

// Saves a widget's picture as `folder`/`name`.png; false when it cannot.
inline bool saveShot(QWidget& widget, const QString& folder, const QString& name)
{
    QTest::qWait(200);
    return widget.grab().toImage().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// How many distinct colours a sample of the picture has (a blank picture has one or two).
inline int sampledColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace corroborate::test
