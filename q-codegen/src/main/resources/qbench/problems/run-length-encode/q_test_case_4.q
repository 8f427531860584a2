result:solve["zzzzzzzzzzzz"];
show result;
