#include "AuditLogView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace corroborate::ui {

AuditLogView::AuditLogView(DataWorker* worker, QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(worker, this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_filter->setObjectName(QStringLiteral("auditSearch"));
    m_filter->setPlaceholderText(tr("Only entries about a record: N-000123, user:name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter by record"));
    auto* label = new QLabel(tr("Rec&ord:"), this);
    label->setBuddy(m_filter);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_filter, 1);
    auto* note = new QLabel(tr("Every sign-in, look, change, disclosure and erasure, newest first. "
                               "The log holds references, never a person's details."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setTabKeyNavigation(false);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(AuditLogModel::SeqColumn, em * 4);
    m_table->setColumnWidth(AuditLogModel::AtColumn, em * 9);
    m_table->setColumnWidth(AuditLogModel::UserColumn, em * 7);
    m_table->setColumnWidth(AuditLogModel::ActionColumn, em * 8);
    m_table->setColumnWidth(AuditLogModel::ObjectColumn, em * 8);
    m_table->setColumnWidth(AuditLogModel::JustificationColumn, em * 14);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(&m_debounce, &QTimer::timeout, this,
            [this] { m_model->setObjectFilter(m_filter->text()); });
    connect(m_model, &PagedTableModel::countChanged, this, &AuditLogView::countChanged);
    m_model->reload();
}

bool AuditLogView::focusSearch()
{
    m_filter->setFocus();
    m_filter->selectAll();
    return true;
}

void AuditLogView::refresh()
{
    m_model->refresh();
}

void AuditLogView::clearPersonalData()
{
    m_model->clear();
}

QString AuditLogView::countText() const
{
    return tr("%n entry(ies)", nullptr, static_cast<int>(m_model->totalCount()));
}

} // namespace corroborate::ui
