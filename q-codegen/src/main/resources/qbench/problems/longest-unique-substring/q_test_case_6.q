result:solve["abcdef"];
show result;
