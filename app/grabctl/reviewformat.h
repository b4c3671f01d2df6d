#pragma once

#include "services/review/reviewdata.h"

#include <QJsonObject>
#include <QJsonValue>

namespace grab::cli {

// How `grabctl review … --json` writes the review's structs: undefined figures are null, money
// is yuan text, every score comes with its reason.
QJsonObject progressJson(const ReviewProgress &p);
QJsonObject cycleJson(const ReviewCycle &c);
QJsonObject decisionJson(const ReviewDecision &d);
QJsonObject entryJson(const ReviewEntry &e);

} // namespace grab::cli
