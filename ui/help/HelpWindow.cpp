#include "HelpWindow.h"

#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QPointer>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {
const QString kGuideRoot = QStringLiteral("qrc:/guide/");
QPointer<HelpWindow> g_mainHelp; // the guide beside the main window, reused
} // namespace

QVariant HelpBrowser::loadResource(int type, const QUrl& name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return resource;
    QImage image;
    if (resource.canConvert<QImage>())
        image = resource.value<QImage>();
    else if (resource.canConvert<QByteArray>())
        image.loadFromData(resource.toByteArray());
    const int room = qMax(320, viewport()->width() - 48);
    if (!image.isNull() && image.width() > room)
        return image.scaledToWidth(room, Qt::SmoothTransformation);
    return image.isNull() ? resource : QVariant(image);
}

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new HelpBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Corroborate user guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(860, 700);

    auto* contents = new QToolButton(this);
    contents->setObjectName(QStringLiteral("helpContents"));
    contents->setText(tr("&Contents"));
    contents->setAccessibleName(tr("Contents of the guide"));
    contents->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back to the previous page"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setText(tr("&Forward"));
    m_forward->setAccessibleName(tr("Forward to the next page"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    for (QToolButton* b : {contents, m_back, m_forward})
        b->setFocusPolicy(Qt::StrongFocus);

    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    // Links and text reachable by keyboard: Tab moves between links, Enter follows one.
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(contents);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    connect(contents, &QToolButton::clicked, this,
            [this] { showTopic(QStringLiteral("index.html")); });
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        setWindowTitle(tr("%1 — Corroborate user guide")
                           .arg(m_browser->documentTitle().section(QStringLiteral(" — "), 0, 0)));
    });
}

void HelpWindow::showTopic(const QString& topic)
{
    const QUrl url(kGuideRoot + (topic.isEmpty() ? QStringLiteral("index.html") : topic));
    if (m_browser->source().adjusted(QUrl::RemoveFragment) == url.adjusted(QUrl::RemoveFragment) &&
        url.hasFragment())
        m_browser->scrollToAnchor(url.fragment());
    else
        m_browser->setSource(url);
    if (!url.hasFragment())
        m_browser->verticalScrollBar()->setValue(0);
}

QString HelpWindow::currentTopic() const
{
    return m_browser->source().toString().remove(kGuideRoot);
}

HelpWindow* HelpWindow::open(QWidget* context, const QString& topic)
{
    QWidget* window = context ? context->window() : nullptr;
    HelpWindow* help = nullptr;
    if (qobject_cast<QDialog*>(window)) {
        help = window->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
        if (!help)
            help = new HelpWindow(window);
    } else {
        if (!g_mainHelp)
            g_mainHelp = new HelpWindow(window);
        help = g_mainHelp;
    }
    help->showTopic(topic);
    help->show();
    help->raise();
    help->activateWindow();
    help->m_browser->setFocus();
    return help;
}

} // namespace corroborate::ui
