// Jacobson & Truax (1991): how a reliable-change threshold and a clinical
// cut-off are derived from an instrument's published statistics
// (measures.md section 1.4). The shipped definitions use the fixed
// thresholds national reporting uses (ReQoL-10: 5 points, cut-off 25); a
// locality deriving its own from local norms computes them here and puts
// them in its definition or ChangeThresholds.
//
//   SE_measurement = SD * sqrt(1 - r)
//   SE_diff        = sqrt(2) * SE_measurement
//   RCI            = (x2 - x1) / SE_diff        reliable when |RCI| >= 1.96
//   threshold      = z * SE_diff                z = 1.96 (95%), 1.645 (90%)
//   c              = (SD_clin * M_nonclin + SD_nonclin * M_clin) / (SD_clin + SD_nonclin)
//
// Inputs are statistics, not people's answers: the functions assume
// SD > 0 and 0 <= r < 1 and do not check them (LW_CHECK would be wrong for
// a value typed into a form; validate there).
//
// Thread-safety: pure functions.
#pragma once

namespace lw {

inline constexpr double kZ95 = 1.96;
inline constexpr double kZ90 = 1.645;

double StandardErrorOfMeasurement(double sd, double reliability);
// The reliability implied by a published SEM: 1 - (SEM / SD)^2.
double ReliabilityFromSem(double sd, double sem);
double StandardErrorOfDifference(double sem);
// The reliable-change threshold in points: z * SE_diff.
double ReliableChangeThreshold(double sem, double z = kZ95);
double ReliableChangeIndex(double baseline, double follow_up, double sem);
// Criterion c: the point between the clinical and non-clinical
// populations, weighted by their spreads.
double ClinicalCutOffC(double mean_clinical, double sd_clinical, double mean_nonclinical,
                       double sd_nonclinical);

}  // namespace lw
