import type { IScaledObject, ITriggerAuthentication } from "@kubernetes-models/keda/keda.sh/v1alpha1";

export interface Kinds {
  ScaledObject: IScaledObject;
  TriggerAuthentication: ITriggerAuthentication;
}
