#include "domain/outcomes/jacobson_truax.h"

#include <cmath>

namespace lw {

double StandardErrorOfMeasurement(double sd, double reliability) {
  return sd * std::sqrt(1.0 - reliability);
}

double ReliabilityFromSem(double sd, double sem) { return 1.0 - (sem / sd) * (sem / sd); }

double StandardErrorOfDifference(double sem) { return std::sqrt(2.0 * sem * sem); }

double ReliableChangeThreshold(double sem, double z) { return z * StandardErrorOfDifference(sem); }

double ReliableChangeIndex(double baseline, double follow_up, double sem) {
  return (follow_up - baseline) / StandardErrorOfDifference(sem);
}

double ClinicalCutOffC(double mean_clinical, double sd_clinical, double mean_nonclinical,
                       double sd_nonclinical) {
  return (sd_clinical * mean_nonclinical + sd_nonclinical * mean_clinical) /
         (sd_clinical + sd_nonclinical);
}

}  // namespace lw
