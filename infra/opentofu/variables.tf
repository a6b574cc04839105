variable "name" {
  description = "Name prefix for every resource (lower case letters, digits and dashes)."
  type        = string
  default     = "cadenza"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,22}[a-z0-9]$", var.name))
    error_message = "name must be 3-24 characters: lower case letters, digits and dashes, starting with a letter."
  }
}

variable "environment" {
  description = "Environment name, used in tags and resource names (e.g. production, staging)."
  type        = string
  default     = "production"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,15}$", var.environment))
    error_message = "environment must be 1-16 lower case letters, digits or dashes."
  }
}

variable "region" {
  description = "AWS region to deploy into."
  type        = string
  default     = "eu-central-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.region))
    error_message = "region must look like eu-central-1."
  }
}

variable "tags" {
  description = "Extra tags for every resource."
  type        = map(string)
  default     = {}
}

# ---- network ---------------------------------------------------------------------------------

variable "vpc_cidr" {
  description = "CIDR block of the VPC; the subnets are carved out of it (/20 each)."
  type        = string
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && tonumber(split("/", var.vpc_cidr)[1]) <= 18
    error_message = "vpc_cidr must be a valid IPv4 CIDR block of /18 or larger."
  }
}

variable "nat_gateway_per_az" {
  description = "One NAT gateway per availability zone (resilient) instead of a single shared one (cheaper)."
  type        = bool
  default     = false
}

# ---- service ---------------------------------------------------------------------------------

variable "container_image" {
  description = "Container image of the service, e.g. 123456789012.dkr.ecr.eu-central-1.amazonaws.com/cadenza:1.4.2. A new value rolls the instances (instance refresh)."
  type        = string

  validation {
    condition     = can(regex("^[^\\s@]+(:[\\w][\\w.-]{0,127}|@sha256:[a-f0-9]{64})$", var.container_image)) && !can(regex(":latest$", var.container_image))
    error_message = "container_image must be set, with an explicit tag or digest (not :latest), so that a new version rolls the instances."
  }
}

variable "app_port" {
  description = "Application port of the service inside the instance (CADENZA_HTTP_PORT)."
  type        = number
  default     = 8080

  validation {
    condition     = var.app_port >= 1024 && var.app_port <= 65535
    error_message = "app_port must be 1024-65535."
  }
}

variable "admin_port" {
  description = "Admin port of the service (CADENZA_ADMIN_PORT): /ping for the load balancer."
  type        = number
  default     = 8081

  validation {
    condition     = var.admin_port >= 1024 && var.admin_port <= 65535
    error_message = "admin_port must be 1024-65535."
  }
}

variable "health_check_path" {
  # /ping answers while the process serves; /healthcheck also fails while PostgreSQL or S3 does. The
  # auto-scaling group replaces instances the load balancer finds unhealthy, so checking
  # /healthcheck would replace every instance during a database failover (and their replacements
  # would fail the same way); requests then get the service's own 503 problem instead.
  description = "Path of the service's liveness endpoint on the admin port (the ASG replaces instances failing it)."
  type        = string
  default     = "/ping"

  validation {
    condition     = startswith(var.health_check_path, "/")
    error_message = "health_check_path must start with /."
  }
}

variable "instance_type" {
  description = "EC2 instance type of the service instances (x86_64; for Graviton also change the compute module's AMI parameter)."
  type        = string
  default     = "t3.small"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]*\\.[a-z0-9]+$", var.instance_type))
    error_message = "instance_type must be an EC2 instance type such as t3.small."
  }
}

variable "asg_min_size" {
  description = "Minimum number of service instances."
  type        = number
  default     = 1

  validation {
    condition     = var.asg_min_size >= 1
    error_message = "asg_min_size must be at least 1."
  }
}

variable "asg_max_size" {
  description = "Maximum number of service instances."
  type        = number
  default     = 3

  validation {
    condition     = var.asg_max_size >= 1 && var.asg_max_size <= 20
    error_message = "asg_max_size must be 1-20 (and not below asg_min_size)."
  }
}

variable "cpu_target_percent" {
  description = "Target average CPU utilisation of the auto-scaling group (target tracking)."
  type        = number
  default     = 50

  validation {
    condition     = var.cpu_target_percent >= 10 && var.cpu_target_percent <= 90
    error_message = "cpu_target_percent must be 10-90."
  }
}

variable "certificate_arn" {
  description = "ACM certificate ARN for the HTTPS listener. Empty: HTTP only."
  type        = string
  default     = ""

  validation {
    condition     = var.certificate_arn == "" || can(regex("^arn:aws[a-z-]*:acm:", var.certificate_arn))
    error_message = "certificate_arn must be empty or an ACM certificate ARN."
  }
}

variable "ssh_ingress_cidrs" {
  description = "CIDR blocks allowed to reach the instances on port 22. Empty by default: use SSM Session Manager instead."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.ssh_ingress_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0" && c != "::/0"])
    error_message = "ssh_ingress_cidrs must be valid CIDR blocks, never 0.0.0.0/0 or ::/0."
  }
}

variable "log_retention_days" {
  description = "Retention of the service's CloudWatch log group, in days."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a value CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

# ---- database --------------------------------------------------------------------------------

variable "db_instance_class" {
  description = "RDS instance class of the PostgreSQL database."
  type        = string
  default     = "db.t4g.micro"

  validation {
    condition     = startswith(var.db_instance_class, "db.")
    error_message = "db_instance_class must be an RDS class such as db.t4g.micro."
  }
}

variable "db_engine_version" {
  description = "PostgreSQL major version (the service is tested on 15 and 17)."
  type        = string
  default     = "17"

  validation {
    condition     = can(regex("^(1[5-9])(\\.[0-9]+)?$", var.db_engine_version))
    error_message = "db_engine_version must be PostgreSQL 15 or later."
  }
}

variable "db_allocated_storage_gb" {
  description = "Initial storage of the database in GB; it grows automatically up to db_max_allocated_storage_gb."
  type        = number
  default     = 20

  validation {
    condition     = var.db_allocated_storage_gb >= 20 && var.db_allocated_storage_gb <= 65536
    error_message = "db_allocated_storage_gb must be 20-65536."
  }
}

variable "db_max_allocated_storage_gb" {
  description = "Upper bound of the database's storage autoscaling in GB."
  type        = number
  default     = 100

  validation {
    condition     = var.db_max_allocated_storage_gb >= 20
    error_message = "db_max_allocated_storage_gb must be at least 20."
  }
}

variable "db_backup_retention_days" {
  description = "Days of automated database backups (point-in-time recovery window)."
  type        = number
  default     = 7

  validation {
    condition     = var.db_backup_retention_days >= 1 && var.db_backup_retention_days <= 35
    error_message = "db_backup_retention_days must be 1-35: backups cannot be switched off."
  }
}

variable "db_multi_az" {
  description = "Run the database as a Multi-AZ deployment (standby in the second zone)."
  type        = bool
  default     = false
}

variable "db_deletion_protection" {
  description = "Protect the database against deletion. teardown.sh lifts it before destroying."
  type        = bool
  default     = true
}

# ---- cache -----------------------------------------------------------------------------------

variable "redis_node_type" {
  description = "ElastiCache node type of the Redis cache."
  type        = string
  default     = "cache.t4g.micro"

  validation {
    condition     = startswith(var.redis_node_type, "cache.")
    error_message = "redis_node_type must be an ElastiCache node type such as cache.t4g.micro."
  }
}

variable "redis_replicas" {
  description = "Read replicas of the Redis primary (0-5); 1 or more enables automatic failover."
  type        = number
  default     = 0

  validation {
    condition     = var.redis_replicas >= 0 && var.redis_replicas <= 5
    error_message = "redis_replicas must be 0-5."
  }
}

# ---- storage and secrets -----------------------------------------------------------------------

variable "storage_force_destroy" {
  description = "Allow destroying the bucket with its objects. teardown.sh sets it; keep false otherwise."
  type        = bool
  default     = false
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can still be restored (0 deletes at once)."
  type        = number
  default     = 7

  validation {
    condition     = var.secret_recovery_window_days == 0 || (var.secret_recovery_window_days >= 7 && var.secret_recovery_window_days <= 30)
    error_message = "secret_recovery_window_days must be 0 or 7-30."
  }
}

# ---- budget ------------------------------------------------------------------------------------

variable "monthly_budget_usd" {
  description = "Monthly cost budget in USD; alerts at 80% actual and 100% forecast."
  type        = number
  default     = 150

  validation {
    condition     = var.monthly_budget_usd > 0
    error_message = "monthly_budget_usd must be positive."
  }
}

variable "budget_alert_emails" {
  description = "E-mail addresses subscribed to the budget alarm topic (each confirms by mail)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for e in var.budget_alert_emails : can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", e))])
    error_message = "budget_alert_emails must be e-mail addresses."
  }
}

variable "budget_filter_by_project_tag" {
  description = "Count only costs tagged Project=<name> (activate the Project cost allocation tag first); false counts the whole account."
  type        = bool
  default     = false
}
