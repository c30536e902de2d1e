"""Command-line parsing, a subset of CPython's Lib/argparse.py with the same help layout.

Supported: positionals and options (short, long, `--opt=value`, `-t8`, `-vv`, unique long
prefixes, `--`), nargs None/int/'?'/'*'/'+', actions store, store_const, store_true,
store_false, append, append_const, count, help, version, type, choices, required, default,
dest, metavar, argument groups, mutually exclusive groups, set_defaults, parse_known_args,
and CPython's usage/help/error text for these. Not supported: subparsers, FileType,
fromfile_prefix_chars, and positionals interleaved with options around nargs='*'.
Help text wraps greedily on spaces (textwrap also breaks on hyphens).
"""

import os as _os
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'HelpFormatter',
           'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
           'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self.prog = prog


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


class MetavarTypeHelpFormatter(HelpFormatter):
    pass


class Namespace:
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        arg_strings = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                arg_strings.append('%s=%r' % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append('**%s' % repr(star_args))
        return '%s(%s)' % (type(self).__name__, ', '.join(arg_strings))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):

    def __init__(self, argument, message):
        Exception.__init__(self, message)
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class Action:

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 kind='store', version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.kind = kind
        self.version = version
        self.container = None

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar']
        parts = ['%s=%r' % (n, getattr(self, n)) for n in names]
        return '%s(%s)' % ('_' + self.kind.title().replace('_', '') + 'Action', ', '.join(parts))


_ZERO_ARG_KINDS = ('store_const', 'store_true', 'store_false', 'append_const', 'count',
                   'help', 'version')


class _Group:
    def __init__(self, parser, title=None, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser._add_argument(args, kwargs, self)
        self._group_actions.append(action)
        return action

    def add_argument_group(self, title=None, description=None):
        return self._parser.add_argument_group(title, description)

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required=required)


class _MutuallyExclusiveGroup(_Group):
    def __init__(self, parser, container, required=False):
        _Group.__init__(self, parser)
        self.required = required
        self._container = container

    def add_argument(self, *args, **kwargs):
        if kwargs.get('required'):
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._parser._add_argument(args, kwargs, self._container)
        self._group_actions.append(action)
        if self._container is not None and self._container is not self._parser:
            self._container._group_actions.append(action)
        return action


def _collapse_ws(text):
    return ' '.join(text.split())


def _wrap(text, width):
    """Greedy word wrap, like textwrap.wrap for text without hyphens."""
    words = text.split()
    lines = []
    line = ''
    for word in words:
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = line + ' ' + word
        else:
            lines.append(line)
            line = word
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
    if line:
        lines.append(line)
    return lines


class ArgumentParser:

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else 'prog'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._positionals = _Group(self, 'positional arguments')
        self._optionals = _Group(self, 'options')
        self._groups = [self._positionals, self._optionals]
        self._mutex_groups = []
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if action.kind != 'help':
                    self._register(action, self._optionals if action.option_strings
                                   else self._positionals)
            self._defaults.update(parent._defaults)

    # -- building --

    def add_argument(self, *args, **kwargs):
        return self._add_argument(args, kwargs, None)

    def _add_argument(self, args, kwargs, group):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0] and args[0][0] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            option_strings = []
            dest = args[0] if args else kwargs.get('dest')
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
                kwargs['required'] = True
            elif 'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
        else:
            option_strings = []
            long_dest = None
            for option_string in args:
                if not option_string or option_string[0] not in chars:
                    raise ValueError('invalid option string %r: must start with a character %r'
                                     % (option_string, chars))
                option_strings.append(option_string)
                if len(option_string) > 1 and option_string[1] in chars and long_dest is None:
                    long_dest = option_string
            dest = kwargs.get('dest')
            if dest is None:
                dest_string = long_dest if long_dest is not None else option_strings[0]
                dest = dest_string.lstrip(chars).replace('-', '_')
        kind = kwargs.get('action', 'store')
        if not isinstance(kind, str):
            raise ValueError('custom Action classes are not supported')
        if kind not in ('store', 'store_const', 'store_true', 'store_false', 'append',
                        'append_const', 'count', 'help', 'version', 'extend'):
            raise ValueError('unknown action "%s"' % (kind,))
        default = kwargs.get('default')
        if 'default' not in kwargs:
            if kind in ('help', 'version'):
                default = SUPPRESS
            elif kind == 'store_true':
                default = False
            elif kind == 'store_false':
                default = True
            elif dest in self._defaults:
                default = self._defaults[dest]
            elif self.argument_default is not None:
                default = self.argument_default
        const = kwargs.get('const')
        if kind == 'store_true':
            const = True
        elif kind == 'store_false':
            const = False
        nargs = kwargs.get('nargs')
        if kind in _ZERO_ARG_KINDS:
            nargs = 0
        elif nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if kind == 'version' and 'help' not in kwargs:
            kwargs['help'] = "show program's version number and exit"
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = Action(option_strings, dest, nargs=nargs, const=const, default=default,
                        type=type_func, choices=kwargs.get('choices'),
                        required=kwargs.get('required', False), help=kwargs.get('help'),
                        metavar=kwargs.get('metavar'), kind=kind,
                        version=kwargs.get('version'))
        if group is None:
            group = self._optionals if option_strings else self._positionals
        for option_string in option_strings:
            for existing in self._actions:
                if option_string in existing.option_strings:
                    raise ArgumentError(action, 'conflicting option string: %s' % option_string)
        self._register(action, group)
        return action

    def _register(self, action, group):
        self._actions.append(action)
        action.container = group
        if group not in (self._positionals, self._optionals) or action not in group._group_actions:
            if group in (self._positionals, self._optionals):
                group._group_actions.append(action)

    def add_argument_group(self, title=None, description=None):
        group = _Group(self, title, description)
        self._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, None, required)
        self._mutex_groups.append(group)
        return group

    def add_subparsers(self, **kwargs):
        raise NotImplementedError('subparsers are not supported')

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- formatting --

    def _metavar(self, action, default_metavar):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return '{' + ','.join([str(c) for c in action.choices]) + '}'
        return default_metavar

    def _format_args(self, action, default_metavar):
        metavar = self._metavar(action, default_metavar)
        if isinstance(metavar, tuple):
            metavars = metavar
        else:
            metavars = None
        nargs = action.nargs
        if nargs is None:
            return metavars[0] if metavars else metavar
        if nargs == OPTIONAL:
            return '[%s]' % (metavars[0] if metavars else metavar)
        if nargs == ZERO_OR_MORE:
            if metavars and len(metavars) == 2:
                return '[%s [%s ...]]' % metavars
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            if metavars and len(metavars) == 2:
                return '%s [%s ...]' % metavars
            return '%s [%s ...]' % (metavar, metavar)
        if nargs == REMAINDER:
            return '...'
        if metavars:
            return ' '.join(metavars)
        return ' '.join([metavar] * nargs)

    def _positional_default_metavar(self, action):
        return action.dest

    def _optional_default_metavar(self, action):
        return action.dest.upper()

    def _invocation(self, action):
        if not action.option_strings:
            default = self._positional_default_metavar(action)
            metavar = self._metavar(action, default)
            if isinstance(metavar, tuple):
                return self._format_args(action, default)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args_string = self._format_args(action, self._optional_default_metavar(action))
        return ', '.join(['%s %s' % (o, args_string) for o in action.option_strings])

    def _usage_parts(self):
        opt_parts = []
        pos_parts = []
        # A mutually exclusive group whose options are adjacent prints as [-a | -b].
        group_of = {}
        for group in self._mutex_groups:
            members = [a for a in group._group_actions if a.help != SUPPRESS]
            shown = [a for a in self._actions if a.help != SUPPRESS]
            if len(members) > 1 and members[0] in shown:
                start = shown.index(members[0])
                if shown[start:start + len(members)] == members:
                    for a in members:
                        group_of[id(a)] = (group, members)
        for action in self._actions:
            if action.help == SUPPRESS:
                continue
            if action.option_strings:
                option_string = action.option_strings[0]
                if action.nargs == 0:
                    part = option_string
                else:
                    part = '%s %s' % (option_string, self._format_args(
                        action, self._optional_default_metavar(action)))
                entry = group_of.get(id(action))
                if entry is not None:
                    group, members = entry
                    if action is members[0]:
                        opt_parts.append(part)
                    else:
                        opt_parts[-1] = opt_parts[-1] + ' | ' + part
                    if action is members[-1]:
                        if group.required:
                            opt_parts[-1] = '(%s)' % opt_parts[-1]
                        else:
                            opt_parts[-1] = '[%s]' % opt_parts[-1]
                    continue
                if not action.required:
                    part = '[%s]' % part
                opt_parts.append(part)
            else:
                part = self._format_args(action, self._positional_default_metavar(action))
                if part:
                    pos_parts.append(part)
        return opt_parts, pos_parts

    def _text_width(self):
        try:
            width = int(_os.environ['COLUMNS'])
        except (KeyError, ValueError, AttributeError):
            width = 80
        return max(width - 2, 11)

    def format_usage(self):
        return self._format_usage() + '\n'

    def _format_usage(self):
        prefix = 'usage: '
        if self.usage is not None:
            return prefix + (self.usage % {'prog': self.prog})
        opt_parts, pos_parts = self._usage_parts()
        prog = self.prog
        usage = ' '.join([s for s in [prog] + opt_parts + pos_parts if s])
        text_width = self._text_width()
        if len(prefix) + len(usage) <= text_width:
            return prefix + usage

        def get_lines(parts, indent, prefix=None):
            lines = []
            line = []
            indent_length = len(indent)
            if prefix is not None:
                line_len = len(prefix) - 1
            else:
                line_len = indent_length - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = indent_length - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            parts = opt_parts + pos_parts
            lines = get_lines(parts, indent)
            if len(lines) > 1:
                lines = []
                lines.extend(get_lines(opt_parts, indent))
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return prefix + '\n'.join(lines)

    def _expand_help(self, action):
        params = {}
        for name in ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                     'choices', 'required', 'help', 'metavar'):
            params[name] = getattr(action, name)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        params['prog'] = self.prog
        help_text = action.help
        if (self.formatter_class is ArgumentDefaultsHelpFormatter
                and '%(default)' not in help_text and action.default is not SUPPRESS
                and (action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE))):
            help_text += ' (default: %(default)s)'
        return help_text % params

    def _fill(self, text, width, indent):
        if self.formatter_class in (RawDescriptionHelpFormatter, RawTextHelpFormatter):
            return ''.join([indent + line for line in text.splitlines(True)])
        return '\n'.join([indent + line for line in _wrap(_collapse_ws(text), width - len(indent))])

    def format_help(self):
        width = self._text_width()
        max_help_position = min(24, max(width - 20, 4))
        sections = []
        for group in self._groups:
            actions = [a for a in group._group_actions if a.help != SUPPRESS]
            if actions or group.description:
                sections.append((group, actions))
        action_max_length = 0
        for group, actions in sections:
            for action in actions:
                action_max_length = max(action_max_length, len(self._invocation(action)) + 2)
        help_position = min(action_max_length + 2, max_help_position)
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2
        out = [self._format_usage(), '\n\n']
        if self.description:
            out.append(self._fill(self.description, width, '') + '\n\n')
        for group, actions in sections:
            out.append('%s:\n' % group.title)
            if group.description:
                out.append(self._fill(group.description, width, '  ') + '\n\n')
            for action in actions:
                header = self._invocation(action)
                if not action.help:
                    out.append('  %s\n' % header)
                    continue
                if len(header) <= action_width:
                    line = '  %-*s  ' % (action_width, header)
                    indent_first = 0
                else:
                    line = '  %s\n' % header
                    indent_first = help_position
                out.append(line)
                help_text = self._expand_help(action)
                if self.formatter_class is RawTextHelpFormatter:
                    help_lines = help_text.splitlines()
                else:
                    help_lines = _wrap(_collapse_ws(help_text), help_width)
                if help_lines:
                    out.append('%*s%s\n' % (indent_first, '', help_lines[0]))
                    for hl in help_lines[1:]:
                        out.append('%*s%s\n' % (help_position, '', hl))
                else:
                    out.append('\n')
            out.append('\n')
        if self.epilog:
            out.append(self._fill(self.epilog, width, '') + '\n')
        text = ''.join(out)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        file.write(self.format_usage())

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        file.write(self.format_help())

    # -- exiting --

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, extras

    def _option_lookup(self, name):
        for action in self._actions:
            if name in action.option_strings:
                return action
        return None

    def _match_option(self, arg):
        """(action, option string, explicit value) for an option-like arg, or None."""
        chars = self.prefix_chars
        if '=' in arg:
            name, value = arg.split('=', 1)
            action = self._option_lookup(name)
            if action is not None:
                return action, name, value
        action = self._option_lookup(arg)
        if action is not None:
            return action, arg, None
        if len(arg) > 2 and arg[1] not in chars:
            # -t8 or -vv: a short option with its value or more flags attached.
            action = self._option_lookup(arg[:2])
            if action is not None:
                return action, arg[:2], arg[2:]
        if self.allow_abbrev and len(arg) > 2 and arg[1] in chars:
            name = arg.split('=', 1)[0]
            value = arg.split('=', 1)[1] if '=' in arg else None
            matches = []
            for action in self._actions:
                for option_string in action.option_strings:
                    if option_string.startswith(name):
                        matches.append((action, option_string))
            if len(matches) == 1:
                return matches[0][0], matches[0][1], value
            if len(matches) > 1:
                options = ', '.join([m[1] for m in matches])
                self.error('ambiguous option: %s could match %s' % (name, options))
        return None

    def _looks_like_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == '-':
            return False
        if self._negative_number(arg):
            for action in self._actions:
                for o in action.option_strings:
                    if self._negative_number(o):
                        return True
            return False
        return True

    def _negative_number(self, arg):
        if not arg.startswith('-'):
            return False
        try:
            float(arg)
            return True
        except ValueError:
            return False

    def _convert(self, action, value):
        if action.type is None:
            result = value
        else:
            try:
                result = action.type(value)
            except ArgumentTypeError as err:
                raise ArgumentError(action, str(err))
            except (TypeError, ValueError):
                name = getattr(action.type, '__name__', repr(action.type))
                raise ArgumentError(action, 'invalid %s value: %r' % (name, value))
        if action.choices is not None and result not in action.choices:
            choices = ', '.join([repr(c) for c in action.choices])
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (result, choices))
        return result

    def _values_for(self, action, strings):
        nargs = action.nargs
        if nargs is None:
            return self._convert(action, strings[0])
        if nargs == OPTIONAL:
            if not strings:
                if action.option_strings:
                    return action.const
                value = action.default
                if isinstance(value, str):
                    return self._convert(action, value)
                return value
            return self._convert(action, strings[0])
        if nargs == REMAINDER:
            return list(strings)
        if nargs == ZERO_OR_MORE and not strings and not action.option_strings:
            return action.default if action.default is not None else []
        return [self._convert(action, s) for s in strings]

    def _take(self, action, namespace, strings, seen):
        kind = action.kind
        if kind == 'help':
            self.print_help()
            self.exit()
        if kind == 'version':
            _sys.stdout.write(action.version % {'prog': self.prog} + '\n')
            self.exit()
        for group in self._mutex_groups:
            if action in group._group_actions:
                for other in group._group_actions:
                    if other is not action and other in seen:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _get_action_name(other))
        seen.append(action)
        if kind in ('store_const', 'store_true', 'store_false'):
            setattr(namespace, action.dest, action.const)
        elif kind == 'append_const':
            items = list(getattr(namespace, action.dest, None) or [])
            items.append(action.const)
            setattr(namespace, action.dest, items)
        elif kind == 'count':
            count = getattr(namespace, action.dest, None)
            setattr(namespace, action.dest, (count or 0) + 1)
        elif kind == 'append':
            items = list(getattr(namespace, action.dest, None) or [])
            items.append(self._values_for(action, strings))
            setattr(namespace, action.dest, items)
        elif kind == 'extend':
            items = list(getattr(namespace, action.dest, None) or [])
            items.extend(self._values_for(action, strings))
            setattr(namespace, action.dest, items)
        else:
            setattr(namespace, action.dest, self._values_for(action, strings))

    def _parse(self, args, namespace):
        seen = []
        extras = []
        # Positionals are matched chunk by chunk, between options, as CPython does.
        self._pending_positionals = [a for a in self._actions if not a.option_strings]
        chunk = []
        i = 0
        n = len(args)
        while i < n:
            arg = args[i]
            if arg == '--':
                chunk.extend(args[i + 1:])
                break
            if not self._looks_like_option(arg):
                chunk.append(arg)
                i += 1
                continue
            if chunk:
                extras.extend(self._consume_positionals(chunk, namespace, seen))
                chunk = []
            match = self._match_option(arg)
            if match is None:
                extras.append(arg)
                i += 1
                continue
            action, option_string, explicit = match
            i += 1
            if action.nargs == 0:
                if explicit is not None:
                    if arg[1] in self.prefix_chars or '=' in arg[:len(option_string) + 1]:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    # -vv: the rest are more single-letter flags.
                    self._take(action, namespace, [], seen)
                    rest = explicit
                    while rest:
                        sub = self._option_lookup('-' + rest[0])
                        if sub is None:
                            raise ArgumentError(action, 'ignored explicit argument %r' % rest)
                        if sub.nargs == 0:
                            self._take(sub, namespace, [], seen)
                            rest = rest[1:]
                        else:
                            value = rest[1:]
                            if value:
                                self._take(sub, namespace, [value], seen)
                            else:
                                if i >= n or self._looks_like_option(args[i]):
                                    raise ArgumentError(sub, 'expected one argument')
                                self._take(sub, namespace, [args[i]], seen)
                                i += 1
                            rest = ''
                    continue
                self._take(action, namespace, [], seen)
                continue
            if explicit is not None:
                self._take(action, namespace, [explicit], seen)
                continue
            strings = []
            while i < n and not self._looks_like_option(args[i]) and args[i] != '--':
                if action.nargs in (None, OPTIONAL) and len(strings) == 1:
                    break
                if isinstance(action.nargs, int) and len(strings) == action.nargs:
                    break
                strings.append(args[i])
                i += 1
            if action.nargs is None and not strings:
                raise ArgumentError(action, 'expected one argument')
            if action.nargs == ONE_OR_MORE and not strings:
                raise ArgumentError(action, 'expected at least one argument')
            if isinstance(action.nargs, int) and len(strings) != action.nargs:
                raise ArgumentError(action, 'expected %s argument%s' % (
                    action.nargs, 's' if action.nargs != 1 else ''))
            self._take(action, namespace, strings, seen)
        extras.extend(self._consume_positionals(chunk, namespace, seen))
        required = []
        for action in self._actions:
            if action not in seen and action.required:
                required.append(_get_action_name(action))
            elif (action not in seen and isinstance(action.default, str)
                  and action.option_strings and action.type is not None
                  and getattr(namespace, action.dest, None) is action.default):
                setattr(namespace, action.dest, self._convert(action, action.default))
        if required:
            self.error('the following arguments are required: %s' % ', '.join(required))
        for group in self._mutex_groups:
            if group.required:
                if not [a for a in group._group_actions if a in seen]:
                    names = [_get_action_name(a) for a in group._group_actions
                             if a.help != SUPPRESS]
                    self.error('one of the arguments %s is required' % ' '.join(names))
        return extras

    def _consume_positionals(self, strings, namespace, seen):
        """Gives strings to as many pending positionals as can match; returns the rest."""
        pending = self._pending_positionals
        for count in range(len(pending), -1, -1):
            allocation = _allocate(pending[:count], len(strings))
            if allocation is not None:
                break
        pos = 0
        for index in range(len(allocation)):
            action = pending[index]
            chunk = strings[pos:pos + allocation[index]]
            pos += allocation[index]
            self._take(action, namespace, chunk, seen)
        self._pending_positionals = pending[len(allocation):]
        return strings[pos:]


def _minimum(nargs):
    if nargs is None or nargs == ONE_OR_MORE:
        return 1
    if isinstance(nargs, int):
        return nargs
    return 0


def _allocate(positionals, available):
    """Counts for a greedy regex-style match of positionals on a prefix of the strings."""
    minimums = [_minimum(a.nargs) for a in positionals]
    if sum(minimums) > available:
        return None
    counts = []
    left = available
    for index in range(len(positionals)):
        nargs = positionals[index].nargs
        later = sum(minimums[index + 1:])
        if nargs is None:
            count = 1
        elif isinstance(nargs, int):
            count = nargs
        elif nargs == OPTIONAL:
            count = 1 if left - later >= 1 else 0
        else:
            count = left - later
        counts.append(count)
        left -= count
    return counts
