# Cadenza on AWS: an ALB in public subnets in front of an auto-scaling group of instances that run
# the service's container in private subnets, with RDS PostgreSQL, ElastiCache Redis, an S3
# bucket and Secrets Manager. deploy.sh and teardown.sh wrap `tofu`; see infra/README.md.

locals {
  prefix = "${var.name}-${var.environment}"
  tags = merge(var.tags, {
    Project     = var.name
    Environment = var.environment
    ManagedBy   = "opentofu"
  })
}

data "aws_availability_zones" "available" {
  state = "available"
}

module "network" {
  source = "./modules/network"

  name               = local.prefix
  cidr_block         = var.vpc_cidr
  availability_zones = slice(data.aws_availability_zones.available.names, 0, 2)
  nat_gateway_per_az = var.nat_gateway_per_az
}

module "security" {
  source = "./modules/security"

  name              = local.prefix
  vpc_id            = module.network.vpc_id
  app_port          = var.app_port
  admin_port        = var.admin_port
  https_enabled     = var.certificate_arn != ""
  ssh_ingress_cidrs = var.ssh_ingress_cidrs
}

module "secrets" {
  source = "./modules/secrets"

  name                 = local.prefix
  recovery_window_days = var.secret_recovery_window_days
}

module "storage" {
  source = "./modules/storage"

  name          = local.prefix
  force_destroy = var.storage_force_destroy
}

module "database" {
  source = "./modules/database"

  name                      = local.prefix
  subnet_ids                = module.network.private_subnet_ids
  security_group_id         = module.security.database_security_group_id
  engine_version            = var.db_engine_version
  instance_class            = var.db_instance_class
  allocated_storage_gb      = var.db_allocated_storage_gb
  max_allocated_storage_gb  = var.db_max_allocated_storage_gb
  backup_retention_days     = var.db_backup_retention_days
  multi_az                  = var.db_multi_az
  deletion_protection       = var.db_deletion_protection
  master_password_secret_id = module.secrets.database_secret_id
}

module "cache" {
  source = "./modules/cache"

  name                 = local.prefix
  subnet_ids           = module.network.private_subnet_ids
  security_group_id    = module.security.redis_security_group_id
  node_type            = var.redis_node_type
  replicas             = var.redis_replicas
  auth_token_secret_id = module.secrets.redis_secret_id
}

module "load_balancer" {
  source = "./modules/load_balancer"

  name              = local.prefix
  vpc_id            = module.network.vpc_id
  subnet_ids        = module.network.public_subnet_ids
  security_group_id = module.security.load_balancer_security_group_id
  app_port          = var.app_port
  admin_port        = var.admin_port
  health_check_path = var.health_check_path
  certificate_arn   = var.certificate_arn
}

module "compute" {
  source = "./modules/compute"

  name               = local.prefix
  region             = var.region
  subnet_ids         = module.network.private_subnet_ids
  security_group_id  = module.security.service_security_group_id
  target_group_arn   = module.load_balancer.target_group_arn
  container_image    = var.container_image
  instance_type      = var.instance_type
  app_port           = var.app_port
  admin_port         = var.admin_port
  min_size           = var.asg_min_size
  max_size           = var.asg_max_size
  cpu_target_percent = var.cpu_target_percent
  log_retention_days = var.log_retention_days

  database_host      = module.database.address
  database_port      = module.database.port
  database_name      = module.database.database_name
  database_secret_id = module.secrets.database_secret_arn
  redis_host         = module.cache.primary_endpoint
  redis_port         = module.cache.port
  redis_secret_id    = module.secrets.redis_secret_arn
  jwt_secret_id      = module.secrets.jwt_secret_arn
  bucket_name        = module.storage.bucket_name
  bucket_arn         = module.storage.bucket_arn
}

module "budget" {
  source = "./modules/budget"

  name              = local.prefix
  monthly_limit_usd = var.monthly_budget_usd
  alert_emails      = var.budget_alert_emails
  # Only this project's costs when its Project tag is activated as a cost allocation tag.
  cost_filter_tag_value = var.budget_filter_by_project_tag ? format("user:Project$%s", var.name) : ""
}
