/// The words trade bulletins use, in Vietnamese and English: the extractor's data.
///
/// Each list maps a phrase, written as in running text, to what it means. Matching is by lowercased
/// tokens, so "Xuất khẩu" and "xuất khẩu" are one entry; spelling variants (tỉ/tỷ, kỳ/kì) are
/// separate entries. Adding a phrase to these lists, not code, is how the extractor learns a new wording.
///
/// The lists live in one file per concept: `AmountVocabulary`, `EstimateVocabulary`, `ComparisonVocabulary`,
/// `PeriodVocabulary`, `FlowVocabulary`, `SectorVocabulary`, `PartnerVocabulary`, `CommodityVocabulary`,
/// `DiscourseVocabulary` and `GrammarVocabulary` (the small words the rules look at).
enum ExtractionVocabulary {}
