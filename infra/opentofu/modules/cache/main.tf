# ElastiCache Redis in the private subnets: TLS in transit, AUTH token from Secrets Manager,
# encrypted at rest, reachable only through its security group (from the service instances).

data "aws_secretsmanager_secret_version" "auth" {
  secret_id = var.auth_token_secret_id
}

resource "aws_elasticache_subnet_group" "this" {
  name       = "${var.name}-redis"
  subnet_ids = var.subnet_ids
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "${var.name}-redis"
  description          = "Cadenza cache"

  engine               = "redis"
  engine_version       = var.engine_version
  node_type            = var.node_type
  port                 = 6379
  parameter_group_name = "default.redis7"

  num_cache_clusters         = 1 + var.replicas
  automatic_failover_enabled = var.replicas > 0
  multi_az_enabled           = var.replicas > 0

  subnet_group_name  = aws_elasticache_subnet_group.this.name
  security_group_ids = [var.security_group_id]

  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
  auth_token                 = jsondecode(data.aws_secretsmanager_secret_version.auth.secret_string)["auth_token"]

  snapshot_retention_limit   = 1
  apply_immediately          = false
  auto_minor_version_upgrade = true
}
