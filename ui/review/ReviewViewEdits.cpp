// ReviewView: the edits made from a review step (details, intelligence items), each saved
// through EditFlows and followed by a reload of the nominal on screen.
#include "ReviewView.h"

#include "edit/EditFlows.h"
#include "models/IntelligenceModel.h"

#include <QTableView>

namespace corroborate::ui {

qint64 ReviewView::selectedItemId() const
{
    const QModelIndex index = m_itemsView->currentIndex();
    return index.isValid() ? index.data(IntelligenceModel::ItemIdRole).toLongLong() : 0;
}

void ReviewView::editDetails()
{
    if (!m_details)
        return;
    if (EditFlows::editNominal(window(), m_session, m_details->nominal.id)) {
        emit changed();
        loadCurrent();
    }
}

void ReviewView::addItem()
{
    if (!m_details)
        return;
    setStep(IntelligenceStep);
    if (EditFlows::addIntelligence(window(), m_session, m_details->nominal.id)) {
        emit changed();
        loadCurrent();
    }
}

void ReviewView::editItem()
{
    const qint64 item = selectedItemId();
    if (!m_details || item <= 0)
        return;
    if (EditFlows::editIntelligence(window(), m_session, m_details->nominal.id, item)) {
        emit changed();
        loadCurrent();
    }
}

void ReviewView::removeItem()
{
    const qint64 item = selectedItemId();
    if (!m_details || item <= 0)
        return;
    if (EditFlows::removeIntelligence(window(), m_session, m_dialogs, m_details->nominal.id,
                                      item)) {
        emit changed();
        loadCurrent();
    }
}

} // namespace corroborate::ui
