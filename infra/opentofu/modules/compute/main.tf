# The service: an auto-scaling group of Amazon Linux 2023 instances in the private subnets, each
# running the container under systemd. The boot script (user_data.sh.tftpl) reads the secrets
# from Secrets Manager and starts the container; instances take traffic from the load balancer
# only, and are reached for maintenance through SSM Session Manager, not SSH.
# A new container image (or boot script, or AMI) makes a new launch template version, which
# starts a rolling instance refresh: new instances come up and turn healthy before old ones go.

data "aws_ssm_parameter" "ami" {
  name = var.ami_ssm_parameter
}

data "aws_iam_policy_document" "assume_ec2" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "instance" {
  name_prefix        = "${var.name}-svc-"
  assume_role_policy = data.aws_iam_policy_document.assume_ec2.json
}

resource "aws_iam_role_policy_attachment" "ssm" {
  role       = aws_iam_role.instance.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_role_policy_attachment" "ecr" {
  role       = aws_iam_role.instance.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}

data "aws_iam_policy_document" "instance" {
  statement {
    sid       = "ReadSecretsAtBoot"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.database_secret_id, var.redis_secret_id, var.jwt_secret_id]
  }

  statement {
    sid       = "ContainerLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.service.arn}:*"]
  }

  statement {
    sid       = "BucketList"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arn]
  }

  statement {
    sid       = "BucketObjects"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${var.bucket_arn}/*"]
  }
}

resource "aws_iam_role_policy" "instance" {
  name   = "cadenza-service"
  role   = aws_iam_role.instance.id
  policy = data.aws_iam_policy_document.instance.json
}

resource "aws_iam_instance_profile" "instance" {
  name_prefix = "${var.name}-svc-"
  role        = aws_iam_role.instance.name
}

resource "aws_cloudwatch_log_group" "service" {
  name              = "/${var.name}/service"
  retention_in_days = var.log_retention_days
}

resource "aws_launch_template" "service" {
  name_prefix            = "${var.name}-svc-"
  description            = "Cadenza service ${var.container_image}"
  image_id               = data.aws_ssm_parameter.ami.value
  instance_type          = var.instance_type
  vpc_security_group_ids = [var.security_group_id]
  update_default_version = true

  iam_instance_profile {
    arn = aws_iam_instance_profile.instance.arn
  }

  user_data = base64encode(templatefile("${path.module}/user_data.sh.tftpl", {
    region             = var.region
    container_image    = var.container_image
    app_port           = var.app_port
    admin_port         = var.admin_port
    database_url       = "jdbc:postgresql://${var.database_host}:${var.database_port}/${var.database_name}?sslmode=require"
    database_secret_id = var.database_secret_id
    redis_host         = var.redis_host
    redis_port         = var.redis_port
    redis_secret_id    = var.redis_secret_id
    jwt_secret_id      = var.jwt_secret_id
    bucket_name        = var.bucket_name
    log_group          = aws_cloudwatch_log_group.service.name
  }))

  # IMDSv2 only; hop limit 2 lets the container reach the instance role's credentials.
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }

  monitoring {
    enabled = true
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = 30
      volume_type           = "gp3"
      encrypted             = true
      delete_on_termination = true
    }
  }

  tag_specifications {
    resource_type = "instance"
    tags          = { Name = "${var.name}-service" }
  }

  tag_specifications {
    resource_type = "volume"
    tags          = { Name = "${var.name}-service" }
  }
}

resource "aws_autoscaling_group" "service" {
  name                      = "${var.name}-service"
  min_size                  = var.min_size
  max_size                  = var.max_size
  vpc_zone_identifier       = var.subnet_ids
  target_group_arns         = [var.target_group_arn]
  health_check_type         = "ELB"
  health_check_grace_period = 180
  default_instance_warmup   = 180
  termination_policies      = ["OldestLaunchTemplate", "OldestInstance"]
  enabled_metrics           = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupTotalInstances"]

  launch_template {
    id      = aws_launch_template.service.id
    version = aws_launch_template.service.latest_version
  }

  # A new launch template version rolls the group: launch first, then terminate (never below
  # the current capacity), roll back when new instances do not turn healthy.
  instance_refresh {
    strategy = "Rolling"

    preferences {
      min_healthy_percentage = 100
      max_healthy_percentage = 200
      instance_warmup        = 180
      skip_matching          = true
      auto_rollback          = true
    }
  }

  tag {
    key                 = "Name"
    value               = "${var.name}-service"
    propagate_at_launch = true
  }

  lifecycle {
    # The scaling policy owns the desired capacity.
    ignore_changes = [desired_capacity]

    precondition {
      condition     = var.min_size <= var.max_size
      error_message = "min_size must not exceed max_size."
    }
  }
}

resource "aws_autoscaling_policy" "cpu" {
  name                   = "${var.name}-cpu-target"
  autoscaling_group_name = aws_autoscaling_group.service.name
  policy_type            = "TargetTrackingScaling"

  target_tracking_configuration {
    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
    target_value = var.cpu_target_percent
  }
}
