#include "training.h"

#include <array>
#include <utility>

namespace grab {
namespace {

constexpr std::array<std::pair<TrainingCategory, const char *>, 3> kCategories{{
    {TrainingCategory::SalesSkills, "sales_skills"},
    {TrainingCategory::ProductKnowledge, "product_knowledge"},
    {TrainingCategory::CustomerService, "customer_service"}}};

} // namespace

QString toString(TrainingCategory category)
{
    for (const auto &[c, name] : kCategories) {
        if (c == category) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<TrainingCategory> trainingCategoryFromString(QStringView text)
{
    for (const auto &[c, name] : kCategories) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            return c;
        }
    }
    return std::nullopt;
}

} // namespace grab
