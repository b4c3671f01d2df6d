#include "rowimporter.h"

#include "customerimporter.h"
#include "feedbackimporter.h"
#include "grabberimporter.h"
#include "orderimporter.h"

namespace grab {

std::unique_ptr<RowImporter> RowImporter::create(ImportEntity entity, const QTimeZone &zone, qint64 nowMs)
{
    switch (entity) {
    case ImportEntity::Grabbers:
        return std::make_unique<GrabberImporter>();
    case ImportEntity::Customers:
        return std::make_unique<CustomerImporter>();
    case ImportEntity::Orders:
        return std::make_unique<OrderImporter>(zone, nowMs);
    case ImportEntity::Feedback:
        break;
    }
    return std::make_unique<FeedbackImporter>();
}

} // namespace grab
