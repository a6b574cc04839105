# Security groups, least privilege:
#   load balancer: HTTP (and HTTPS) from anywhere; out only to the instances' service ports
#   instances:     service and admin ports from the load balancer only; no SSH unless
#                  ssh_ingress_cidrs lists networks (never 0.0.0.0/0: see the variable's validation)
#   database:      PostgreSQL from the instances only
#   redis:         Redis from the instances only
# Rules are separate resources (aws_vpc_security_group_*_rule), one per port and source.

resource "aws_security_group" "load_balancer" {
  name        = "${var.name}-alb"
  description = "Cadenza load balancer"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.name}-alb" }
}

resource "aws_security_group" "service" {
  name        = "${var.name}-service"
  description = "Cadenza service instances"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.name}-service" }
}

resource "aws_security_group" "database" {
  name        = "${var.name}-database"
  description = "Cadenza PostgreSQL"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.name}-database" }
}

resource "aws_security_group" "redis" {
  name        = "${var.name}-redis"
  description = "Cadenza Redis"
  vpc_id      = var.vpc_id
  tags        = { Name = "${var.name}-redis" }
}

# ---- load balancer ---------------------------------------------------------------------------

resource "aws_vpc_security_group_ingress_rule" "load_balancer_http" {
  security_group_id = aws_security_group.load_balancer.id
  description       = "HTTP from anywhere (redirected to HTTPS when a certificate is set)"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
}

resource "aws_vpc_security_group_ingress_rule" "load_balancer_https" {
  count = var.https_enabled ? 1 : 0

  security_group_id = aws_security_group.load_balancer.id
  description       = "HTTPS from anywhere"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "load_balancer_to_service_app" {
  security_group_id            = aws_security_group.load_balancer.id
  description                  = "Requests to the instances"
  referenced_security_group_id = aws_security_group.service.id
  ip_protocol                  = "tcp"
  from_port                    = var.app_port
  to_port                      = var.app_port
}

resource "aws_vpc_security_group_egress_rule" "load_balancer_to_service_admin" {
  security_group_id            = aws_security_group.load_balancer.id
  description                  = "Health checks on the admin port"
  referenced_security_group_id = aws_security_group.service.id
  ip_protocol                  = "tcp"
  from_port                    = var.admin_port
  to_port                      = var.admin_port
}

# ---- service instances -----------------------------------------------------------------------

resource "aws_vpc_security_group_ingress_rule" "service_app_from_load_balancer" {
  security_group_id            = aws_security_group.service.id
  description                  = "Application port from the load balancer only"
  referenced_security_group_id = aws_security_group.load_balancer.id
  ip_protocol                  = "tcp"
  from_port                    = var.app_port
  to_port                      = var.app_port
}

resource "aws_vpc_security_group_ingress_rule" "service_admin_from_load_balancer" {
  security_group_id            = aws_security_group.service.id
  description                  = "Admin port (health checks) from the load balancer only"
  referenced_security_group_id = aws_security_group.load_balancer.id
  ip_protocol                  = "tcp"
  from_port                    = var.admin_port
  to_port                      = var.admin_port
}

resource "aws_vpc_security_group_ingress_rule" "service_ssh" {
  for_each = toset(var.ssh_ingress_cidrs)

  security_group_id = aws_security_group.service.id
  description       = "SSH from an allowed network"
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}

resource "aws_vpc_security_group_egress_rule" "service_https" {
  security_group_id = aws_security_group.service.id
  description       = "HTTPS out through NAT: image registry, Secrets Manager, CloudWatch, SSM, S3"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "service_to_database" {
  security_group_id            = aws_security_group.service.id
  description                  = "PostgreSQL"
  referenced_security_group_id = aws_security_group.database.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_egress_rule" "service_to_redis" {
  security_group_id            = aws_security_group.service.id
  description                  = "Redis"
  referenced_security_group_id = aws_security_group.redis.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
}

resource "aws_vpc_security_group_egress_rule" "service_smtp" {
  security_group_id = aws_security_group.service.id
  description       = "SMTP submission (mail relay)"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 587
  to_port           = 587
}

# ---- database and cache: from the instances only ---------------------------------------------

resource "aws_vpc_security_group_ingress_rule" "database_from_service" {
  security_group_id            = aws_security_group.database.id
  description                  = "PostgreSQL from the service instances only"
  referenced_security_group_id = aws_security_group.service.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_ingress_rule" "redis_from_service" {
  security_group_id            = aws_security_group.redis.id
  description                  = "Redis from the service instances only"
  referenced_security_group_id = aws_security_group.service.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
}
