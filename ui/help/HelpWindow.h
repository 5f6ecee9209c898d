#pragma once

#include <QTextBrowser>
#include <QWidget>

class QToolButton;

namespace corroborate::ui {

// The user guide (docs/guide, compiled into the program under qrc:/guide/): a window with a
// text browser, back, forward and contents. It reads offline and holds no case data.
class HelpBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using QTextBrowser::QTextBrowser;

protected:
    // Screenshots are scaled to the window's width: QTextBrowser knows no max-width.
    QVariant loadResource(int type, const QUrl& name) override;
};

class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);
    // "review.html#decision": a page of the guide and an optional anchor.
    void showTopic(const QString& topic);
    QString currentTopic() const;
    QTextBrowser* browser() const { return m_browser; }

    // Opens (or raises) the guide at `topic` for `context`: the window the user is in. Over a
    // modal dialog the guide opens as that dialog's own window, so that it is not blocked.
    static HelpWindow* open(QWidget* context, const QString& topic);

private:
    HelpBrowser* m_browser;
    QToolButton* m_back;
    QToolButton* m_forward;
};

} // namespace corroborate::ui
