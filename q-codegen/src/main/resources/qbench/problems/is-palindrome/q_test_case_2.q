result:solve["abca"];
show result;
