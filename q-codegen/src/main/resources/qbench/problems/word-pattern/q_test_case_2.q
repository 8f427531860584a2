result:solve["abba";"dog cat cat fish"];
show result;
