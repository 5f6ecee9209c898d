#pragma once

#include "data/NominalDetails.h"

#include <QWidget>
#include <memory>

class QFormLayout;
class QLabel;
class QTableView;

namespace corroborate::ui {

class IntelligenceModel;
class ResultSink;
class Session;

// The selected nominal in full: profile, classification, intelligence with every code's
// meaning, the threshold result and its reasons, the review history, and who looked at or
// changed the record. Loaded on the worker; each opening is logged as a consultation.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(Session& session, QWidget* parent = nullptr);
    ~DetailsPanel() override;

    // Shows the nominal, logging the consultation under `justification` (empty: not logged,
    // e.g. a refresh of a record already logged).
    void showNominal(qint64 id, const QString& justification);
    void reload();
    void clear();
    qint64 nominalId() const { return m_id; }
    const NominalDetails* details() const { return m_details ? m_details.get() : nullptr; }
    QTableView* intelligenceTable() const { return m_itemsView; }
    // Fills the panel from details already loaded (the review steps use this too).
    void display(const NominalDetails& details);

signals:
    void loaded(qint64 id);
    void failed(const QString& message);

private:
    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;
    qint64 m_id = 0;
    quint64 m_request = 0;
    std::unique_ptr<NominalDetails> m_details;
    QLabel* m_placeholder;
    QWidget* m_content;
    QWidget* m_scroll;
    QLabel* m_name;
    QLabel* m_status;
    QFormLayout* m_profile;
    QList<QLabel*> m_profileValues;
    IntelligenceModel* m_items;
    QTableView* m_itemsView;
    QLabel* m_noItems;
    QLabel* m_history;
    QLabel* m_log;
};

// Builds the "label: value" rows of a nominal's profile (shared with the review steps).
QList<QPair<QString, QString>> profileRows(const Nominal& n, const QDate& today);
// The threshold result in words, as rich text: status, reasons, sources, next review.
QString thresholdHtml(const Evaluation& e, const Policy& policy, const QPalette& palette);

} // namespace corroborate::ui
