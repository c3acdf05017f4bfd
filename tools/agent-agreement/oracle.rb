# The agent's own AppSpec parser on files, one verdict line each (the fields of the corpus's verdict files).
# It loads the parser from a checkout of github.com/aws/aws-codedeploy-agent; nothing of it is kept here.
# Usage: ruby oracle.rb AGENT_CHECKOUT FILE...   (Ruby 3.1, as the agent runs on)
$LOAD_PATH.unshift File.join(ARGV.shift, 'lib')
require 'yaml'
require 'json'
module InstanceAgent; module Platform; def self.util; U; end; module U; def self.supported_oses; ['linux','windows']; end; end; end; end
require 'instance_agent/plugins/codedeploy/application_specification/application_specification'
AS = InstanceAgent::Plugins::CodeDeployPlugin::ApplicationSpecification
def fix(s) s.is_a?(String) ? s.dup.force_encoding('UTF-8').scrub : s end
ARGV.each do |path|
  out = { 'file' => File.basename(path) }
  begin
    spec = AS::ApplicationSpecification.parse(File.read(path))
    out['verdict'] = 'valid'
    out['hooks'] = spec.hooks.map { |k, v| [fix(k.to_s), v.map { |s| { 'location' => fix(s.location), 'timeout' => s.timeout, 'runas' => fix(s.runas) } }] }.to_h
    out['files'] = spec.files.length
    out['permissions'] = spec.permissions.length
  rescue AS::AppSpecValidationException => e
    out['verdict'] = 'invalid'; out['message'] = fix(e.message)
  rescue Psych::SyntaxError => e
    out['verdict'] = 'yaml-error'; out['message'] = fix(e.message)
  rescue Exception => e
    out['verdict'] = 'crash'; out['message'] = fix("#{e.class}: #{e.message}")
  end
  puts JSON.generate(out)
end
