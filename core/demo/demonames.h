#pragma once

#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace grab::demo {

// Word lists for the demo team. Chinese, because GrabDesk's first users are Chinese sales teams.
const QStringList &skills();  // product lines
const QStringList &regions();
const QStringList &grabberNames();
QString companyName(QRandomGenerator &rng, QSet<QString> &used); // unique within `used`
QString followUpNote(QRandomGenerator &rng);
QString feedbackComment(int score, QRandomGenerator &rng);

} // namespace grab::demo
